// Internal to the status checks: reading the list document an entry points to. The functions
// throw cairn::Failure whose code is the Bitstring Status List 1.0 error name (section 3.5);
// check_credential_status() turns it into a kError StatusCheck.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "vc/status/check_credential_status.h"
#include "vc/status/status_list_source.h"

namespace cairn::vc::status {

inline constexpr std::string_view kRetrievalError = "STATUS_RETRIEVAL_ERROR";
inline constexpr std::string_view kVerificationError = "STATUS_VERIFICATION_ERROR";
inline constexpr std::string_view kListLengthError = "STATUS_LIST_LENGTH_ERROR";
inline constexpr std::string_view kRangeError = "RANGE_ERROR";
inline constexpr std::string_view kMalformedValueError = "MALFORMED_VALUE_ERROR";

// Throws Failure{code, message}.
[[noreturn]] void fail(std::string_view code, const std::string& message);

// The string member `name` of `object`; throws MALFORMED_VALUE_ERROR naming `where` when it is
// absent or not a string.
std::string_view required_string(const boost::json::object& object, std::string_view name,
                                 std::string_view where);

// True when `type` (a string, or an array of strings) is or contains `name`; false for null.
bool type_includes(const boost::json::value* type, std::string_view name);

// Fetches `url`, records it in check.list_url and check.list_document, and returns the document.
// Throws STATUS_RETRIEVAL_ERROR with the source's reason.
const boost::json::object& fetch_list_document(const StatusListSource& source, std::string_view url,
                                               StatusCheck& check);

// Throws STATUS_VERIFICATION_ERROR when `now` is before validFrom (or VC 1.1 issuanceDate) or
// after validUntil (or expirationDate) of `document`, MALFORMED_VALUE_ERROR when one of them is
// not a date-time string. Members that are absent do not bound the period.
void require_within_validity_period(const boost::json::object& document, TimePoint now);

}  // namespace cairn::vc::status
