// credential_document: the unsigned Open Badges 3.0 credential (an OpenBadgeCredential, VC Data
// Model 2.0) an award becomes, before the signer adds its proof:
//
//   {"@context": [VC 2.0, OB 3.0.3], "id": <base>/credentials/<id>,
//    "type": ["VerifiableCredential", "OpenBadgeCredential"], "name": <achievement name>,
//    "issuer": <the organisation's Profile>, "validFrom": <issued>, "validUntil"?: <expiry>,
//    "credentialSubject": {"type": ["AchievementSubject"], "id"?: <DID or URL recipient>,
//      "identifier"?: [<IdentityObject: salted sha256 of the e-mail address>],
//      "achievement": <the OB 3.0 Achievement of the version awarded>},
//    "evidence"?: [...],
//    "credentialStatus": <BitstringStatusListEntry, purpose revocation>}
//
// An e-mail recipient appears only as "sha256$" + hex(SHA-256(address + salt)) with a fresh
// random salt (OB 3.0, IdentityObject), so the credential does not publish the address, and
// whoever is given the address can still check it. OB 3.0 allows one credentialStatus entry
// (AchievementCredential, 0..1), so the credential carries its revocation entry only;
// suspension is the platform's own state (credential_status.h).
//
// Thread-safety: a free function.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/credential.h"

namespace cairn::app {

struct Evidence {
  std::optional<std::string> url;
  std::optional<std::string> name;
  std::optional<std::string> narrative;
};

struct CredentialParts {
  std::string id_url;               // <base>/credentials/<id>
  boost::json::object issuer;       // the Profile
  boost::json::object achievement;  // the OB 3.0 Achievement
  model::Recipient recipient;
  std::string salt;  // for an e-mail recipient's hash
  std::vector<Evidence> evidence;
  std::string valid_from;  // RFC 3339
  std::optional<std::string> valid_until;
  std::string status_list_url;  // <base>/status/<list>; the entry adds "/revocation"
  std::int64_t status_index = 0;
};

boost::json::object credential_document(const CredentialParts& parts);

}  // namespace cairn::app
