// Text a person typed into a field (a name, a description): 1 to `max_bytes` bytes and no
// control characters, except newlines and tabs where `multiline`.
//
// Thread-safety: a free function.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::app {

// Returns `text`, or Error "invalid <field>" saying which rule it breaks.
Result<std::string> checked_text_field(std::string_view text, std::string_view field,
                                       std::size_t max_bytes, bool multiline = false);

}  // namespace cairn::app
