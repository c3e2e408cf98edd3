#include "vc/status/status_list_credential.h"

#include <boost/json/array.hpp>

namespace cairn::vc::status {

boost::json::object make_status_list_credential(const StatusListCredentialFields& fields,
                                                const Bitstring& list) {
  boost::json::object subject;
  subject["id"] = fields.id + "#list";
  subject["type"] = "BitstringStatusList";
  subject["statusPurpose"] = fields.status_purpose;
  subject["encodedList"] = list.encode();

  boost::json::object credential;
  credential["@context"] = boost::json::array{"https://www.w3.org/ns/credentials/v2"};
  credential["id"] = fields.id;
  credential["type"] = boost::json::array{"VerifiableCredential", "BitstringStatusListCredential"};
  credential["issuer"] = fields.issuer;
  credential["validFrom"] = fields.valid_from;
  if (fields.valid_until) credential["validUntil"] = *fields.valid_until;
  credential["credentialSubject"] = std::move(subject);
  return credential;
}

}  // namespace cairn::vc::status
