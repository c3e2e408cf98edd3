// Internal to check_credential_status: one 1EdTechRevocationList entry (1EdTech Revocation List
// Status Method 1.0, the status type Open Badges 3.0 names). The entry's `id` is the URL of a
// list document whose `revokedCredentials` array holds objects {id, revoked?, revocationReason?};
// the credential is revoked when one has the credential's `id` and `revoked` true or absent.
#pragma once

#include <boost/json/object.hpp>

#include "vc/status/check_credential_status.h"

namespace cairn::vc::status {

inline constexpr std::string_view kRevocationListEntryType = "1EdTechRevocationList";

// Fills `check` (purpose "revocation", list_url, list_document, status 1 or 0, outcome, message)
// or throws cairn::Failure with a Bitstring Status List 1.0 section 3.5 error name as its code.
void check_revocation_list_entry(const boost::json::object& credential,
                                 const boost::json::object& entry, const StatusListSource& source,
                                 TimePoint now, StatusCheck& check);

}  // namespace cairn::vc::status
