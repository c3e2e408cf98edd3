// E-mail addresses as account names: normalized (surrounding spaces trimmed, ASCII letters
// lower-cased) and checked for the shape an address must have (RFC 5321 lengths: 254 bytes in
// all, 64 before the '@'; one '@'; a domain with a dot; no spaces or control characters). It
// does not try to prove the address exists: the claim e-mail does that.
//
// Thread-safety: free functions.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::app {

// The normalized address, or Error "invalid email" saying what is wrong.
Result<std::string> normalize_email(std::string_view text);

}  // namespace cairn::app
