#include "api/credential_json.h"

#include "app/award_credentials.h"
#include "canon/json/json_parser.h"

namespace cairn::api {
namespace {

void put_if_present(boost::json::object& json, std::string_view key,
                    const std::optional<std::string>& value) {
  if (value) json[key] = *value;
}

boost::json::object status_json(const model::IssuedCredential& credential) {
  boost::json::object status{{"state", credential.revoked_at     ? "revoked"
                                       : credential.suspended_at ? "suspended"
                                                                 : "active"},
                             {"list", credential.status.list_id},
                             {"index", credential.status.index}};
  put_if_present(status, "revoked_at", credential.revoked_at);
  put_if_present(status, "revocation_reason", credential.revocation_reason);
  put_if_present(status, "suspended_at", credential.suspended_at);
  put_if_present(status, "suspension_reason", credential.suspension_reason);
  return status;
}

// The signed credential as JSON when it is JSON (Data Integrity), else the JWT text.
boost::json::value document_json(const std::string& document) {
  if (document.starts_with("{")) {
    Result<boost::json::value> json = canon::json::parse_json(document);
    if (json) return std::move(*json);
  }
  return boost::json::string(document);
}

}  // namespace

boost::json::object credential_json(const model::IssuedCredential& credential,
                                    const app::Instance& instance) {
  boost::json::object recipient{{"type", model::recipient_type_name(credential.recipient.type)},
                                {"identifier", credential.recipient.identifier}};
  put_if_present(recipient, "name", credential.recipient.name);
  boost::json::object json{
      {"id", credential.id},
      {"url", app::credential_url(instance, credential.id)},
      {"organisation", credential.organisation_id},
      {"achievement",
       {{"id", credential.achievement_id}, {"version", credential.achievement_version}}},
      {"recipient", std::move(recipient)},
      {"format", credential.format},
      {"issued_at", credential.issued_at}};
  put_if_present(json, "valid_until", credential.valid_until);
  json["status"] = status_json(credential);
  json["claim"] = model::claim_state_name(credential.claim);
  json["credential"] = document_json(credential.document);
  return json;
}

}  // namespace cairn::api
