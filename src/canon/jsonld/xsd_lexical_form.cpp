#include "canon/jsonld/xsd_lexical_form.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace cairn::canon::jsonld {

std::string xsd_double_lexical_form(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  if (value == 0) return "0.0E0";  // also -0: the canonical zero carries no sign
  // "%.15e" rounds to 16 significant digits, as the specification's toExponential(15) does.
  char buffer[40];
  const int length = std::snprintf(buffer, sizeof buffer, "%.15e", value);
  const std::string_view printed(buffer, static_cast<std::size_t>(length));
  const std::size_t e = printed.find('e');
  std::string_view mantissa = printed.substr(0, e);
  while (mantissa.ends_with('0') && !mantissa.ends_with(".0")) mantissa.remove_suffix(1);
  const long exponent = std::strtol(buffer + e + 1, nullptr, 10);
  return std::string(mantissa) + "E" + std::to_string(exponent);
}

std::string xsd_integer_lexical_form(double value) {
  if (value == 0) return "0";
  char buffer[400];  // the largest double has 309 digits
  const int length = std::snprintf(buffer, sizeof buffer, "%.0f", value);
  return std::string(buffer, static_cast<std::size_t>(length));
}

}  // namespace cairn::canon::jsonld
