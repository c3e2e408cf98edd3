// Internal to store/repositories: binding values that may be absent.
#pragma once

#include <optional>
#include <string>

#include "store/value.h"

namespace cairn::store {

// `text` as a statement parameter: the string, or SQL NULL when absent.
inline Value optional_text(const std::optional<std::string>& text) {
  return text ? Value(*text) : Value(nullptr);
}

}  // namespace cairn::store
