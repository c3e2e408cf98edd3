// Text a person typed into a field (a name, a description): 1 to `max_bytes` bytes and no
// control characters, except newlines and tabs where `multiline`; and URLs given as fields.
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

// An absolute https:// (or http://) URL of at most 2048 bytes, without spaces or control
// characters; Error "invalid <field>" otherwise.
Result<std::string> checked_url_field(std::string_view text, std::string_view field);

}  // namespace cairn::app
