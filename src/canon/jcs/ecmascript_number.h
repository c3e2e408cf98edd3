// The ECMAScript Number::toString(x) algorithm (ECMA-262, section Number::toString, radix 10):
// the form JSON.stringify and String(x) give a number, which RFC 8785 makes the canonical form.
//
// The digits are the shortest that read back as the same double (ties: closest, then even), laid
// out as ECMAScript does: plain integers up to 21 digits, plain decimals down to 1e-6, otherwise
// exponent form with a sign ("1e+21", "1.5e-7"). -0 gives "0".
//
// Thread-safety: a pure function.
#pragma once

#include <string>

namespace cairn::canon::jcs {

// Returns what ECMAScript's String(x) returns for x, including "NaN", "Infinity" and "-Infinity";
// RFC 8785 callers reject those before calling, since JSON has no form for them.
std::string format_ecmascript_number(double x);

}  // namespace cairn::canon::jcs
