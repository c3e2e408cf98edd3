// Percent-decoding (RFC 3986 section 2.1) of path segments, query strings and form bodies.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cairn::http {

enum class ControlCharacters {
  kRefused,         // identifiers and query values: no control character at all
  kLineBreaksOnly,  // form text: tab, CR and LF allowed, other controls refused
};

// `text` with each %XX replaced by its byte; when `plus_is_space`, '+' becomes a space first
// (application/x-www-form-urlencoded). nullopt when an escape is broken or a decoded byte is a
// control character the policy refuses.
std::optional<std::string> percent_decode(std::string_view text, ControlCharacters controls,
                                          bool plus_is_space = false);

}  // namespace cairn::http
