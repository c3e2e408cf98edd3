// Conversions between the RFC 3339 date-times of credentials (validFrom, issuanceDate, ...) and
// the NumericDate of JWT claims (RFC 7519 section 2: seconds since 1970-01-01T00:00:00Z).
//
// Thread-safety: free functions without state.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::vc::jwt {

// Returns the whole seconds since the epoch of `date_time` ("2010-01-01T00:00:00Z",
// "2025-10-15T00:44:21.142Z", "2024-02-29T12:00:00+01:00"; 't' and 'z' accepted, fractions
// truncated toward the past), or an Error "invalid date-time" when it is not an RFC 3339
// date-time with a time zone, or names a day that does not exist.
Result<std::int64_t> numeric_date_of(std::string_view date_time);

// Returns the whole seconds of a NumericDate claim's value (RFC 7519 allows fractions; they round
// down), clamped to +-1e15 so that any JSON number converts without overflow.
std::int64_t whole_seconds_of(double numeric_date);

// Returns the UTC date-time of `seconds` as "YYYY-MM-DDThh:mm:ssZ" (years 0000 to 9999; other
// values are clamped to that range).
std::string date_time_of(std::int64_t seconds);

}  // namespace cairn::vc::jwt
