#include "vc/jwt/credential_claims.h"

namespace cairn::vc::jwt {
namespace {

const boost::json::object* single_subject_of(const boost::json::object& credential) {
  const auto* subject = credential.if_contains("credentialSubject");
  if (subject == nullptr) return nullptr;
  if (subject->is_array() && subject->as_array().size() == 1) {
    subject = &subject->as_array().front();
  }
  return subject->is_object() ? &subject->as_object() : nullptr;
}

}  // namespace

bool is_vc1_credential(const boost::json::object& credential) {
  const auto* context = credential.if_contains("@context");
  if (context == nullptr) return false;
  if (context->is_array() && !context->as_array().empty()) context = &context->as_array().front();
  return context->is_string() && context->as_string() == kVc1Context;
}

ValidityMemberNames validity_member_names_of(const boost::json::object& credential) {
  if (is_vc1_credential(credential)) return {"issuanceDate", "expirationDate"};
  return {"validFrom", "validUntil"};
}

std::optional<std::string> string_member_of(const boost::json::object& object,
                                            std::string_view name) {
  const auto* member = object.if_contains(name);
  if (member == nullptr || !member->is_string()) return std::nullopt;
  return std::string(member->as_string());
}

std::optional<std::string> issuer_id_of(const boost::json::object& credential) {
  const auto* issuer = credential.if_contains("issuer");
  if (issuer == nullptr) return std::nullopt;
  if (issuer->is_string()) return std::string(issuer->as_string());
  if (issuer->is_object()) return string_member_of(issuer->as_object(), "id");
  return std::nullopt;
}

std::optional<std::string> subject_id_of(const boost::json::object& credential) {
  const auto* subject = single_subject_of(credential);
  return subject == nullptr ? std::nullopt : string_member_of(*subject, "id");
}

}  // namespace cairn::vc::jwt
