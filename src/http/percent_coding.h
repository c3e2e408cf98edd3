// Percent-encoding (RFC 3986 section 2.1): decoding path segments, query strings and form
// bodies; encoding a value for a query string.
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

// `text` with every byte but the unreserved ones (ALPHA, DIGIT, "-", ".", "_", "~") written as
// %XX: safe as a query parameter's value, or a path segment.
std::string percent_encode(std::string_view text);

}  // namespace cairn::http
