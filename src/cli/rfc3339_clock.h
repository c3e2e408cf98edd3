// The current time as the RFC 3339 text credentials and key files carry ("2026-11-29T08:00:00Z",
// UTC, whole seconds).
#pragma once

#include <string>

namespace cairn::cli {

std::string rfc3339_now();

}  // namespace cairn::cli
