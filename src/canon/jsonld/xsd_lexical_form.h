// Canonical lexical forms of JSON numbers as RDF literals, as JSON-LD 1.1 Processing Algorithms
// ("Data Round Tripping") defines them for toRdf.
//
// Thread-safety: pure functions.
#pragma once

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

}  // namespace cairn::canon::jsonld
