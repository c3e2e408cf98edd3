#include "vc/jwt/verify_vc_jwt.h"

#include <optional>

#include "vc/jwt/credential_claims.h"
#include "vc/jwt/numeric_date.h"

namespace cairn::vc::jwt {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Adds a problem when the string claim `claim` and the credential's `value` (named `member`)
// are both present and differ.
void compare_string_claim(const boost::json::object& claims, std::string_view claim,
                          const std::optional<std::string>& value, std::string_view member,
                          std::vector<std::string>& problems) {
  const auto* claimed = claims.if_contains(claim);
  if (claimed == nullptr || !value) return;
  if (claimed->as_string() != *value) {
    problems.push_back("claim " + std::string(claim) + " is " + quoted(claimed->as_string()) +
                       " but " + std::string(member) + " is " + quoted(*value));
  }
}

void compare_date_claim(const boost::json::object& claims, std::string_view claim,
                        const boost::json::object& credential, std::string_view member,
                        std::vector<std::string>& problems) {
  const auto* claimed = claims.if_contains(claim);
  const auto* date = credential.if_contains(member);
  if (claimed == nullptr || date == nullptr) return;
  if (!claimed->is_number()) {
    problems.push_back("claim " + std::string(claim) + " is not a NumericDate (a number)");
    return;
  }
  auto seconds = date->is_string() ? numeric_date_of(date->as_string())
                                   : Result<std::int64_t>(Error{"invalid date-time", ""});
  if (!seconds.ok()) {
    problems.push_back(std::string(member) + " is not an RFC 3339 date-time");
    return;
  }
  const std::int64_t claimed_seconds = whole_seconds_of(claimed->to_number<double>());
  if (claimed_seconds != *seconds) {
    problems.push_back("claim " + std::string(claim) + " is " + date_time_of(claimed_seconds) +
                       " but " + std::string(member) + " is " + std::string(date->as_string()));
  }
}

}  // namespace

std::vector<std::string> check_vc_jwt_claims(const DecodedVcJwt& decoded) {
  const auto& claims = decoded.claims;
  const auto& credential = decoded.credential;
  std::vector<std::string> problems;
  if (!claims.contains("iss")) {
    problems.emplace_back("the JWT has no iss claim; OB 3.0 section 8.2 requires the issuer's id");
  }
  compare_string_claim(claims, "iss", issuer_id_of(credential), "the issuer's id", problems);
  compare_string_claim(claims, "jti", string_member_of(credential, "id"), "the credential's id",
                       problems);
  compare_string_claim(claims, "sub", subject_id_of(credential), "credentialSubject.id", problems);
  const auto names = validity_member_names_of(credential);
  compare_date_claim(claims, "nbf", credential, names.valid_from, problems);
  compare_date_claim(claims, "exp", credential, names.valid_until, problems);
  return problems;
}

Result<VcJwtVerification> verify_vc_jwt(const DecodedVcJwt& decoded,
                                        const crypto::jose::PublicJwk& key) {
  auto signature = crypto::jose::verify_jws_signature(decoded.jws, key);
  if (!signature.ok()) return signature.error();
  return VcJwtVerification{*signature, check_vc_jwt_claims(decoded)};
}

}  // namespace cairn::vc::jwt
