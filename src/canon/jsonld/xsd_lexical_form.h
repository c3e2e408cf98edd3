// JSON scalars as RDF literals: the canonical lexical forms of numbers JSON-LD 1.1 Processing
// Algorithms ("Data Round Tripping") defines for toRdf, and the datatype each scalar gets.
//
// Thread-safety: pure functions.
#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string>

namespace cairn::canon::jsonld {

// The xsd:double form: one non-zero digit before the point, at most 15 after it (rounded to
// nearest), trailing zeros dropped but one digit kept, then "E" and the exponent without "+" or
// leading zeros: 1.1 -> "1.1E0", 1e21 -> "1.0E21", -0.00012 -> "-1.2E-4", 0 and -0 -> "0.0E0".
// Infinities and NaN, which JSON cannot write, give "INF", "-INF" and "NaN".
std::string xsd_double_lexical_form(double value);

// The xsd:integer form of a double whose fractional part is zero: decimal digits without
// exponent, point or leading zeros, "-" for negatives, and "0" for -0.
// Precondition: value is finite and integral.
std::string xsd_integer_lexical_form(double value);

struct LiteralForm {
  std::string lexical;
  std::string datatype;
};

// The literal Object to RDF Conversion makes of an @value that is a string, number or boolean:
// `datatype` is the value object's @type when it has one (a well-formed IRI, not @json), and
// `has_language` whether it has a @language. Numbers become xsd:integer or xsd:double forms (an
// xsd:double datatype keeps the double form), booleans "true"/"false" as xsd:boolean, strings
// themselves as xsd:string or rdf:langString. nullopt for null, arrays and objects.
std::optional<LiteralForm> scalar_literal_form(const boost::json::value& value,
                                               std::optional<std::string> datatype,
                                               bool has_language);

}  // namespace cairn::canon::jsonld
