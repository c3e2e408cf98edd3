#include "canon/jcs/ecmascript_number.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace cairn::canon::jcs {

namespace {

// ECMAScript's decomposition of a positive finite x: x = digits * 10^(n - k), where `digits` has
// k digits and k is as small as possible; that is, x = 0.digits * 10^n.
struct ShortestDecimal {
  std::string digits;
  int n = 0;
};

// std::to_chars without a precision gives the shortest digits that round-trip, choosing the
// closest and then the even candidate, which is the choice ECMA-262 prescribes.
ShortestDecimal shortest_decimal(double positive) {
  char buffer[32];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, positive, std::chars_format::scientific);
  const std::string_view scientific(buffer, static_cast<std::size_t>(result.ptr - buffer));
  const std::size_t e = scientific.find('e');
  ShortestDecimal decimal;
  decimal.digits += scientific.front();
  if (e > 1) decimal.digits += scientific.substr(2, e - 2);  // skip "d."
  const char* exponent_start = scientific.data() + e + 1;    // "+XX" or "-XX"
  if (*exponent_start == '+') ++exponent_start;
  int exponent = 0;
  std::from_chars(exponent_start, result.ptr, exponent);
  decimal.n = exponent + 1;
  return decimal;
}

}  // namespace

std::string format_ecmascript_number(double x) {
  if (std::isnan(x)) return "NaN";
  if (x == 0) return "0";  // both zeros
  std::string text = std::signbit(x) ? "-" : "";
  if (std::isinf(x)) return text + "Infinity";

  const auto [digits, n] = shortest_decimal(std::fabs(x));
  const int k = static_cast<int>(digits.size());
  if (k <= n && n <= 21) {
    text += digits;
    text.append(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    text += std::string_view(digits).substr(0, static_cast<std::size_t>(n));
    text += '.';
    text += std::string_view(digits).substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    text += "0.";
    text.append(static_cast<std::size_t>(-n), '0');
    text += digits;
  } else {
    text += digits.front();
    if (k > 1) {
      text += '.';
      text += std::string_view(digits).substr(1);
    }
    text += n - 1 >= 0 ? "e+" : "e-";
    text += std::to_string(std::abs(n - 1));
  }
  return text;
}

}  // namespace cairn::canon::jcs
