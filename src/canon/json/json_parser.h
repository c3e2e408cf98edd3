// Strict JSON parsing into Boost.JSON values, with limits.
//
// Stricter than boost::json::parse: rejects what I-JSON (RFC 7493) forbids (duplicate member
// names, lone surrogates in \u escapes, invalid UTF-8, numbers outside the finite doubles) and
// parses every number with a fractional part or exponent exactly (correctly rounded), not with
// Boost's fast approximate parser. Numbers without fraction or exponent that fit int64/uint64 stay
// integers; larger ones become doubles.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <string_view>

#include "common/result.h"

namespace cairn::canon::json {

struct JsonLimits {
  std::size_t max_bytes = 16u << 20;  // whole text
  // Nesting of arrays and objects ("[]" is 1). It also bounds recursion: Boost's parser, the
  // destruction of a value and jcs::canonicalize recurse once per level, so a depth in the
  // hundreds of thousands overflows an 8 MB stack; ten thousand is still safe.
  std::size_t max_depth = 64;
  std::size_t max_string_bytes = 4u << 20;  // decoded UTF-8 bytes of one string or member name
  std::size_t max_members = 1u << 20;       // values in the whole document, containers included
};

// Returns the value, or an Error with code "invalid JSON" (bad syntax, duplicate key, lone
// surrogate, ...) or "limit exceeded"; the message gives the byte offset and what was wrong.
Result<boost::json::value> parse_json(std::string_view text, const JsonLimits& limits = {});

}  // namespace cairn::canon::json
