// ASCII character classes, locale-free (unlike <cctype>), for parsers of IRIs, DIDs, language
// tags and keywords.
//
// Thread-safety: pure functions.
#pragma once

namespace cairn {

constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace cairn
