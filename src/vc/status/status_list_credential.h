// make_status_list_credential: the unsigned BitstringStatusListCredential (Bitstring Status List
// 1.0, section 2.2) that publishes a Bitstring; the signer adds the proof.
//
// The result is
//   {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": <id>,
//    "type": ["VerifiableCredential", "BitstringStatusListCredential"], "issuer": <issuer>,
//    "validFrom": <valid_from>, "validUntil"?: <valid_until>,
//    "credentialSubject": {"id": <id>#list, "type": "BitstringStatusList",
//                          "statusPurpose": <status_purpose>, "encodedList": "u..."}}
// The VC 2.0 context defines every term used, so no other context is needed.
//
// Thread-safety: free function without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "vc/status/bitstring.h"

namespace cairn::vc::status {

struct StatusListCredentialFields {
  std::string id;          // the URL the list is published at (entries' statusListCredential)
  std::string issuer;      // DID or URL of the list's issuer
  std::string valid_from;  // date-time, e.g. "2026-01-01T00:00:00Z"
  std::optional<std::string> valid_until;
  std::string status_purpose = "revocation";
};

// Returns the credential described above. Never fails; the fields are written as given.
boost::json::object make_status_list_credential(const StatusListCredentialFields& fields,
                                                const Bitstring& list);

}  // namespace cairn::vc::status
