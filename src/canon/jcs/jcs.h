// RFC 8785 JSON Canonicalization Scheme (JCS): the one byte sequence that stands for a JSON
// value, used to hash and sign JSON (eddsa-jcs-2022, JSON-LD @json literals).
//
// Output: no whitespace; object members sorted by their names as UTF-16 code units
// (utf16_order.h); strings escaped as ECMAScript's JSON.stringify does (jcs_string.h); numbers in
// ECMAScript's Number::toString form (ecmascript_number.h). int64 and uint64 values are numbers
// like any other: written as the double they round to (I-JSON), so 2^63 + 1 becomes
// "9223372036854775808".
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "canon/json/json_parser.h"
#include "common/result.h"

namespace cairn::canon::jcs {

// Returns the canonical form of `value`, or an Error with code "invalid JSON" when the value has
// no JSON form (a NaN or infinite double, a string or member name that is not well-formed UTF-8)
// or "limit exceeded" when arrays and objects nest deeper than limits.max_depth.
Result<std::string> canonicalize(const boost::json::value& value,
                                 const json::JsonLimits& limits = {});

// Parses `json_text` strictly (json::parse_json, with `limits`) and canonicalizes the value.
// Returns the canonical form, or the Error of either step.
Result<std::string> canonicalize_text(std::string_view json_text,
                                      const json::JsonLimits& limits = {});

}  // namespace cairn::canon::jcs
