#include "vc/jwt/encode_vc_jwt.h"

#include <boost/json/serialize.hpp>

#include "vc/jwt/credential_claims.h"
#include "vc/jwt/numeric_date.h"

namespace cairn::vc::jwt {
namespace {

Failure invalid_credential(const std::string& message) {
  return Failure("invalid credential", message);
}

// The registered claims the credential's members give.
boost::json::object jwt_claims_of(const boost::json::object& credential) {
  boost::json::object claims;
  const auto issuer = issuer_id_of(credential);
  if (!issuer) throw invalid_credential("the issuer has no id for the \"iss\" claim");
  claims["iss"] = *issuer;
  if (const auto id = string_member_of(credential, "id")) claims["jti"] = *id;
  if (const auto subject = subject_id_of(credential)) claims["sub"] = *subject;
  const auto names = validity_member_names_of(credential);
  for (const auto& [member, claim] :
       {std::pair{names.valid_from, "nbf"}, std::pair{names.valid_until, "exp"}}) {
    const auto* value = credential.if_contains(member);
    if (value == nullptr) continue;
    auto seconds = value->is_string() ? numeric_date_of(value->as_string())
                                      : Result<std::int64_t>(Error{"invalid date-time", ""});
    if (!seconds.ok()) {
      throw invalid_credential(std::string(member) + " is not an RFC 3339 date-time");
    }
    claims[claim] = *seconds;
  }
  return claims;
}

boost::json::object payload_of(const boost::json::object& credential) {
  boost::json::object claims = jwt_claims_of(credential);
  if (is_vc1_credential(credential)) {
    claims["vc"] = credential;
    return claims;
  }
  boost::json::object payload = credential;
  for (const auto& claim : claims) {
    if (payload.contains(claim.key())) {
      throw invalid_credential("the credential has a member \"" + std::string(claim.key()) +
                               "\", the name of a JWT claim");
    }
    payload[claim.key()] = claim.value();
  }
  return payload;
}

}  // namespace

Result<std::string> encode_vc_jwt(const boost::json::object& credential,
                                  const crypto::jose::JwsSigningKey& key, std::string_view kid) {
  auto payload = capture([&] { return payload_of(credential); });
  if (!payload.ok()) return payload.error();
  boost::json::object header;
  header["typ"] = "JWT";
  if (kid.empty()) {
    header["jwk"] = key.public_jwk().members;
  } else {
    header["kid"] = kid;
  }
  return crypto::jose::sign_compact_jws(header, boost::json::serialize(*payload), key);
}

}  // namespace cairn::vc::jwt
