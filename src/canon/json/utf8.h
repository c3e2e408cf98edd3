// UTF-8 well-formedness, as RFC 3629 defines it.
//
// Strict JSON (RFC 8259 section 8.1, I-JSON) and RFC 8785 both require well-formed UTF-8: no
// overlong forms, no encoded surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no truncated
// sequences.
//
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cairn::canon::json {

// Returns the byte offset where the first ill-formed sequence starts, or std::nullopt when the
// whole text is well-formed UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace cairn::canon::json
