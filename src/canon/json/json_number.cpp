#include "canon/json/json_number.h"

#include <charconv>
#include <cstdint>
#include <limits>
#include <system_error>

namespace cairn::canon::json {

namespace {

// The decimal exponent of the most significant non-zero digit of a JSON number whose value is
// not zero, e.g. 2 for "123.4" and -3 for "0.00123e0". Only its sign matters here (it tells
// overflow from underflow), so the exponent saturates instead of overflowing.
std::int64_t leading_digit_exponent(std::string_view text) {
  constexpr std::int64_t kSaturation = std::int64_t{1} << 40;
  const auto is_digit = [&](std::size_t i) {
    return i < text.size() && text[i] >= '0' && text[i] <= '9';
  };
  std::size_t pos = text.front() == '-' ? 1 : 0;
  std::int64_t significant_integer_digits = 0;
  for (; is_digit(pos); ++pos) {
    const bool significant = significant_integer_digits > 0 || text[pos] != '0';
    if (significant && significant_integer_digits < kSaturation) ++significant_integer_digits;
  }
  // Position of the leading digit relative to the decimal point; a fraction's first digit is -1.
  std::int64_t position = significant_integer_digits > 0 ? significant_integer_digits - 1 : 0;
  if (pos < text.size() && text[pos] == '.') {
    bool seen_non_zero = significant_integer_digits > 0;
    for (++pos; is_digit(pos); ++pos) {
      if (seen_non_zero) continue;
      if (position > -kSaturation) --position;
      seen_non_zero = text[pos] != '0';
    }
  }
  std::int64_t exponent = 0;
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    ++pos;
    const bool negative = pos < text.size() && text[pos] == '-';
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
    for (; is_digit(pos); ++pos) {
      if (exponent < kSaturation) exponent = exponent * 10 + (text[pos] - '0');
    }
    if (negative) exponent = -exponent;
  }
  return position + exponent;
}

}  // namespace

Result<double> json_number_to_double(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc{} && end == text.data() + text.size()) return value;
  if (error == std::errc::result_out_of_range && end == text.data() + text.size()) {
    if (leading_digit_exponent(text) < 0) {
      return text.front() == '-' ? -0.0 : 0.0;
    }
    return Error{"invalid JSON", "number " + std::string(text.substr(0, 40)) +
                                     (text.size() > 40 ? "..." : "") +
                                     " is beyond the largest finite double (about 1.8e308)"};
  }
  return Error{"invalid JSON", "malformed number"};
}

}  // namespace cairn::canon::json
