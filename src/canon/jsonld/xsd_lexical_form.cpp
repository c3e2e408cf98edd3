#include "canon/jsonld/xsd_lexical_form.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "canon/rdf/quad.h"

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

namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

std::string xsd_iri(std::string_view local) { return std::string(kXsd) + std::string(local); }

}  // namespace

std::optional<LiteralForm> scalar_literal_form(const boost::json::value& value,
                                               std::optional<std::string> datatype,
                                               bool has_language) {
  LiteralForm form;
  if (value.is_bool()) {
    form.lexical = value.get_bool() ? "true" : "false";
    if (!datatype) datatype = xsd_iri("boolean");
  } else if (value.is_number()) {
    const bool typed_double = datatype == xsd_iri("double");
    if (value.is_double()) {
      const double number = value.get_double();
      const bool integral =
          std::isfinite(number) && std::fmod(number, 1.0) == 0 && std::fabs(number) < 1e21;
      if (integral && !typed_double) {
        form.lexical = xsd_integer_lexical_form(number);
        if (!datatype) datatype = xsd_iri("integer");
      } else {
        form.lexical = xsd_double_lexical_form(number);
        if (!datatype) datatype = xsd_iri("double");
      }
    } else if (typed_double) {
      form.lexical = xsd_double_lexical_form(value.to_number<double>());
    } else {
      form.lexical =
          value.is_int64() ? std::to_string(value.get_int64()) : std::to_string(value.get_uint64());
      if (!datatype) datatype = xsd_iri("integer");
    }
  } else if (value.is_string()) {
    form.lexical = value.get_string();
    if (!datatype) datatype = has_language ? rdf::kRdfLangString : rdf::kXsdString;
  } else {
    return std::nullopt;
  }
  form.datatype = std::move(*datatype);
  return form;
}

}  // namespace cairn::canon::jsonld
