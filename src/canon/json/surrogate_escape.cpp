#include "canon/json/surrogate_escape.h"

namespace cairn::canon::json {

namespace {

constexpr std::size_t kEscapeLength = 6;  // \uXXXX

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the \uXXXX escape at `pos`, or -1 when there is no complete one.
long code_unit_at(std::string_view text, std::size_t pos) {
  if (pos > text.size() || text.size() - pos < kEscapeLength || text[pos] != '\\' ||
      text[pos + 1] != 'u')
    return -1;
  long unit = 0;
  for (std::size_t i = pos + 2; i < pos + kEscapeLength; ++i) {
    const int digit = hex_value(text[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

bool is_high_surrogate(long unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(long unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

}  // namespace

std::optional<std::size_t> find_lone_surrogate_escape(std::string_view text) {
  std::size_t pos = text.find('\\');
  while (pos != std::string_view::npos) {
    const long unit = code_unit_at(text, pos);
    std::size_t next = pos + 2;  // any other escape: the backslash and the character it escapes
    if (is_low_surrogate(unit)) return pos;
    if (is_high_surrogate(unit)) {
      if (!is_low_surrogate(code_unit_at(text, pos + kEscapeLength))) return pos;
      next = pos + 2 * kEscapeLength;
    } else if (unit >= 0) {
      next = pos + kEscapeLength;
    }
    if (next >= text.size()) break;
    pos = text.find('\\', next);
  }
  return std::nullopt;
}

}  // namespace cairn::canon::json
