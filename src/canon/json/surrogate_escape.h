// Finds \u escapes that denote a lone UTF-16 surrogate in JSON text.
//
// Boost.JSON 1.81 rejects such escapes but reports most of them as a plain "syntax error"; the
// parser uses this scan only to explain a failure precisely, so it need not understand JSON
// structure: backslashes can only appear inside strings in valid JSON, and reading each backslash
// with the character after it keeps "\\u" (an escaped backslash, then 'u') from being taken as an
// escape.
//
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cairn::canon::json {

// Returns the byte offset of the backslash of the first \uXXXX escape that is a high surrogate not
// followed by a \u escape of a low surrogate, or a low surrogate not preceded by a high one; or
// std::nullopt when there is none.
std::optional<std::size_t> find_lone_surrogate_escape(std::string_view text);

}  // namespace cairn::canon::json
