// Conversion of the text of a JSON number to the double it denotes.
//
// Boost.JSON 1.81 converts numbers with a fast approximation that can be off by an ulp; I-JSON
// and RFC 8785 need the correctly rounded double (round to nearest, ties to even), so the parser
// converts the exact text here. Numbers beyond the finite doubles (1e400) are errors, as I-JSON
// requires; numbers too small for the smallest subnormal round to zero, as JavaScript's JSON.parse
// does.
//
// Thread-safety: a pure function.
#pragma once

#include <string_view>

#include "common/result.h"

namespace cairn::canon::json {

// `text` must match the JSON number grammar (RFC 8259 section 6); the parser guarantees it.
// Returns the correctly rounded double, or an Error with code "invalid JSON" when the magnitude
// exceeds the largest finite double.
Result<double> json_number_to_double(std::string_view text);

}  // namespace cairn::canon::json
