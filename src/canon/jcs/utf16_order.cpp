#include "canon/jcs/utf16_order.h"

#include <algorithm>

namespace cairn::canon::jcs {

namespace {

// Lead bytes of U+E000..U+FFFF (three-byte sequences EE xx xx and EF xx xx).
bool starts_upper_bmp(unsigned char byte) { return byte == 0xEE || byte == 0xEF; }

// Lead bytes of U+10000..U+10FFFF, which UTF-16 writes as surrogate pairs.
bool starts_supplementary(unsigned char byte) { return byte >= 0xF0; }

}  // namespace

bool utf16_less(std::string_view a, std::string_view b) {
  const std::size_t common = std::min(a.size(), b.size());
  const auto [a_end, b_end] = std::mismatch(a.begin(), a.begin() + common, b.begin());
  const std::size_t i = static_cast<std::size_t>(a_end - a.begin());
  if (i == common) return a.size() < b.size();
  // Equal prefixes end on a character boundary or inside characters of the same length; only a
  // mismatch of lead bytes can compare characters of different UTF-16 forms.
  const auto x = static_cast<unsigned char>(a[i]);
  const auto y = static_cast<unsigned char>(b[i]);
  if (starts_upper_bmp(x) && starts_supplementary(y)) return false;
  if (starts_supplementary(x) && starts_upper_bmp(y)) return true;
  return x < y;
}

}  // namespace cairn::canon::jcs
