// The validity window of a credential: the dates between which its issuer says it holds, read
// from VC 2.0's validFrom / validUntil or VC 1.1's issuanceDate / expirationDate, and checked
// against a given instant.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "common/date_time.h"
#include "common/result.h"

namespace cairn::vc::structure {

struct ValidityWindow {
  std::optional<TimePoint> valid_from;   // absent: valid from any time
  std::optional<TimePoint> valid_until;  // absent: never expires
};

// Reads the window. A credential whose first @context entry is the VC 1.1 context
// (https://www.w3.org/2018/credentials/v1), or which names neither VC context and has
// issuanceDate but no validFrom, is read by VC 1.1: issuanceDate, expirationDate, whose time zone
// may be missing (the wall time is then read as UTC). Any other is read by VC 2.0: validFrom,
// validUntil, which must carry a time zone (xsd:dateTimeStamp).
// Returns an Error with code "invalid date-time" when a present date is not a string or not a
// date-time of that form (the message names the field), and with code "invalid validity window"
// when the window ends before it starts.
Result<ValidityWindow> read_validity_window(const boost::json::object& credential);

enum class ValidityStatus { kValid, kNotYetValid, kExpired };

struct ValidityOutcome {
  ValidityStatus status = ValidityStatus::kValid;
  // For a person, with the dates in UTC: "valid from 2010-01-01T00:00:00Z, no expiry (checked at
  // ...)", "not valid until ...", "expired at ...".
  std::string message;
};

// Where `at` falls: before valid_from is kNotYetValid, at or after valid_until is kExpired (VC
// 2.0: the credential is valid up to, not including, validUntil), otherwise kValid.
ValidityOutcome check_validity_window(const ValidityWindow& window, TimePoint at);

}  // namespace cairn::vc::structure
