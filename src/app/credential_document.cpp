#include "app/credential_document.h"

#include <boost/json/array.hpp>

#include "app/open_badges_context.h"
#include "crypto/digest.h"

namespace cairn::app {
namespace {

boost::json::object status_entry(const CredentialParts& parts, std::string_view purpose) {
  const std::string list = parts.status_list_url + "/" + std::string(purpose);
  const std::string index = std::to_string(parts.status_index);
  return {{"id", list + "#" + index},
          {"type", "BitstringStatusListEntry"},
          {"statusPurpose", purpose},
          {"statusListIndex", index},
          {"statusListCredential", list}};
}

boost::json::object subject(const CredentialParts& parts) {
  boost::json::object json{{"type", boost::json::array{"AchievementSubject"}}};
  if (parts.recipient.type == model::RecipientType::kEmail) {
    const std::string hash =
        crypto::to_hex(crypto::sha256(parts.recipient.identifier + parts.salt));
    json["identifier"] = boost::json::array{boost::json::object{{"type", "IdentityObject"},
                                                                {"hashed", true},
                                                                {"identityHash", "sha256$" + hash},
                                                                {"identityType", "emailAddress"},
                                                                {"salt", parts.salt}}};
  } else {
    json["id"] = parts.recipient.identifier;
  }
  json["achievement"] = parts.achievement;
  return json;
}

}  // namespace

boost::json::object credential_document(const CredentialParts& parts) {
  boost::json::object credential{
      {"@context", open_badges_context()},
      {"id", parts.id_url},
      {"type", boost::json::array{"VerifiableCredential", "OpenBadgeCredential"}},
      {"name", parts.achievement.at("name")},
      {"issuer", parts.issuer},
      {"validFrom", parts.valid_from}};
  if (parts.valid_until) credential["validUntil"] = *parts.valid_until;
  credential["credentialSubject"] = subject(parts);
  if (!parts.evidence.empty()) {
    boost::json::array evidence;
    for (const Evidence& item : parts.evidence) {
      boost::json::object json{{"type", boost::json::array{"Evidence"}}};
      if (item.url) json["id"] = *item.url;
      if (item.name) json["name"] = *item.name;
      if (item.narrative) json["narrative"] = *item.narrative;
      evidence.emplace_back(std::move(json));
    }
    credential["evidence"] = std::move(evidence);
  }
  credential["credentialStatus"] = status_entry(parts, "revocation");
  return credential;
}

}  // namespace cairn::app
