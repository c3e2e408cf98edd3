#include "vc/status/revocation_list_entry_check.h"

#include <string>

#include "vc/status/list_document.h"

namespace cairn::vc::status {

namespace {

// True for a revokedCredentials row naming `credential_id` whose `revoked` is true or absent.
bool revokes(const boost::json::value& row, std::string_view credential_id) {
  if (!row.is_object()) fail(kMalformedValueError, "a revokedCredentials item is not an object");
  const boost::json::object& object = row.get_object();
  if (required_string(object, "id", "a revokedCredentials item") != credential_id) return false;
  const boost::json::value* revoked = object.if_contains("revoked");
  if (revoked == nullptr) return true;
  if (!revoked->is_bool())
    fail(kMalformedValueError, "a revokedCredentials item's revoked is not a boolean");
  return revoked->get_bool();
}

}  // namespace

void check_revocation_list_entry(const boost::json::object& credential,
                                 const boost::json::object& entry, const StatusListSource& source,
                                 TimePoint now, StatusCheck& check) {
  check.purpose = "revocation";
  const std::string_view url = required_string(entry, "id", "the 1EdTechRevocationList entry");
  const std::string_view credential_id =
      required_string(credential, "id", "a credential checked against a 1EdTech revocation list");
  const boost::json::object& list = fetch_list_document(source, url, check);
  require_within_validity_period(list, now);
  const boost::json::value* rows = list.if_contains("revokedCredentials");
  if (rows == nullptr || !rows->is_array()) {
    fail(kMalformedValueError, "the revocation list has no revokedCredentials array");
  }
  for (const boost::json::value& row : rows->get_array()) {
    if (!revokes(row, credential_id)) continue;
    check.status = 1;
    check.outcome = StatusCheck::kSet;
    check.message = std::string(credential_id) + " is revoked by " + std::string(url);
    if (const boost::json::value* reason = row.get_object().if_contains("revocationReason");
        reason != nullptr && reason->is_string()) {
      check.message += ": " + std::string(reason->get_string());
    }
    return;
  }
  check.status = 0;
  check.outcome = StatusCheck::kClear;
  check.message = std::string(credential_id) + " is not in the revocation list " + std::string(url);
}

}  // namespace cairn::vc::status
