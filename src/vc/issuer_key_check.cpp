#include "vc/issuer_key_check.h"

#include "common/date_time.h"
#include "did/verification_method.h"

namespace cairn::vc {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// A method the issuer's own document lists: is it for assertions, and was it live when used?
KeyCheck judge_listed_method(const did::VerificationMethod& method, std::string_view created,
                             std::string_view where) {
  if (!method.has_purpose("assertionMethod")) {
    return {CheckStatus::kFail, std::string(where) + " lists the key " + method.id +
                                    " but not for assertionMethod, so it may not sign credentials"};
  }
  if (!method.revoked) {
    return {CheckStatus::kPass,
            "the key " + method.id + " is the issuer's: " + std::string(where) + " lists it"};
  }
  Result<TimePoint> revoked = parse_date_time_stamp(*method.revoked);
  if (!revoked) {
    return {CheckStatus::kFail, "the key " + method.id + " is revoked (at an unreadable time, " +
                                    quoted(*method.revoked) + ")"};
  }
  if (created.empty()) {
    return {CheckStatus::kFail, "the key " + method.id + " was revoked at " + *method.revoked +
                                    " and the proof does not say when it was made"};
  }
  Result<TimePoint> signed_at = parse_date_time_stamp(created);
  if (!signed_at || *signed_at >= *revoked) {
    return {CheckStatus::kFail, "the key " + method.id + " was revoked at " + *method.revoked +
                                    ", before this proof was made (" + std::string(created) + ")"};
  }
  return {CheckStatus::kPass, "the key " + method.id + " is the issuer's (" + std::string(where) +
                                  " lists it); it was revoked at " + *method.revoked +
                                  ", after this proof was made (" + std::string(created) + ")"};
}

}  // namespace

KeyCheck check_issuer_key(const did::DidResolver& dids, std::string_view issuer_id,
                          std::string_view method_id, std::string_view created) {
  const std::string_view method_did = method_id.substr(0, method_id.find('#'));
  if (issuer_id.rfind("did:", 0) != 0) {
    return {CheckStatus::kWarning,
            "the issuer " + quoted(issuer_id) + " is not a DID, so nothing ties the key " +
                std::string(method_id) + " to it: the key is only named inside the credential"};
  }
  if (method_did == issuer_id && issuer_id.rfind("did:key:", 0) == 0) {
    return {CheckStatus::kPass, "the key is the issuer's own did:key"};
  }
  Result<boost::json::object> document = dids.resolve(issuer_id);
  if (!document) {
    return {CheckStatus::kWarning, "the issuer's DID document cannot be had (" +
                                       document.error().message + "), so nothing ties the key " +
                                       std::string(method_id) + " to the issuer"};
  }
  Result<did::VerificationMethod> method = did::find_verification_method(*document, method_id);
  if (!method) {
    return {CheckStatus::kFail, "the issuer's DID document (" + std::string(issuer_id) +
                                    ") does not list the key " + std::string(method_id)};
  }
  return judge_listed_method(*method, created, "the issuer's DID document");
}

}  // namespace cairn::vc
