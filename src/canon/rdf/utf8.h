// UTF-8 decoding and encoding for the N-Quads reader: internal to canon/rdf.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cairn::canon::rdf {

struct DecodedCodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes consumed; 0 when the bytes are not well-formed UTF-8
};

// Decodes the code point that starts at text[offset] (offset < text.size()). Returns length 0 for
// ill-formed UTF-8: a stray continuation byte, a truncated sequence, an overlong form, a surrogate
// or a value above U+10FFFF.
DecodedCodePoint decode_utf8(std::string_view text, std::size_t offset);

// Appends the UTF-8 form of `code_point`, which must be a Unicode scalar value.
void append_utf8(std::string& out, char32_t code_point);

// True for the Unicode scalar values: U+0000..U+10FFFF without the surrogates.
constexpr bool is_scalar_value(char32_t code_point) {
  return code_point <= 0x10FFFF && (code_point < 0xD800 || code_point > 0xDFFF);
}

}  // namespace cairn::canon::rdf
