#include "vc/jwt/decode_vc_jwt.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "vc/jwt/credential_claims.h"
#include "vc/jwt/numeric_date.h"

namespace cairn::vc::jwt {
namespace {

// RFC 7519 section 4.1.
constexpr std::array<std::string_view, 7> kRegisteredClaims = {"iss", "sub", "aud", "exp",
                                                               "nbf", "iat", "jti"};
constexpr std::array<std::string_view, 3> kStringClaims = {"iss", "sub", "jti"};
constexpr std::array<std::string_view, 3> kDateClaims = {"exp", "nbf", "iat"};
constexpr std::array<std::string_view, 3> kAcceptedTypes = {"jwt", "vc+ld+json+jwt", "vc+jwt"};

Failure invalid_vc_jwt(const std::string& message) { return Failure("invalid vc-jwt", message); }

template <class T>
T value_or_throw(Result<T> result) {
  if (!result.ok()) throw Failure(result.error().code, result.error().message);
  return std::move(result).value();
}

void check_type(const boost::json::object& header) {
  const auto* typ = header.if_contains("typ");
  if (typ == nullptr) return;
  if (!typ->is_string()) throw invalid_vc_jwt("\"typ\" is not a string");
  std::string type(typ->as_string());
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (type.starts_with("application/")) type.erase(0, std::string_view("application/").size());
  if (std::find(kAcceptedTypes.begin(), kAcceptedTypes.end(), type) == kAcceptedTypes.end()) {
    throw invalid_vc_jwt("\"typ\" is \"" + std::string(typ->as_string()) +
                         "\"; a VC-JWT has JWT, vc+ld+json+jwt or vc+jwt");
  }
}

boost::json::object registered_claims_of(const boost::json::object& payload) {
  boost::json::object claims;
  for (const auto name : kRegisteredClaims) {
    if (const auto* claim = payload.if_contains(name)) claims[name] = *claim;
  }
  for (const auto name : kStringClaims) {
    if (const auto* claim = claims.if_contains(name); claim && !claim->is_string()) {
      throw invalid_vc_jwt("claim \"" + std::string(name) + "\" is not a string");
    }
  }
  for (const auto name : kDateClaims) {
    if (const auto* claim = claims.if_contains(name); claim && !claim->is_number()) {
      throw invalid_vc_jwt("claim \"" + std::string(name) + "\" is not a NumericDate (a number)");
    }
  }
  return claims;
}

// Fills the credential members the claims give and the credential lacks.
void fill_from_claims(DecodedVcJwt& decoded) {
  auto& credential = decoded.credential;
  const auto& claims = decoded.claims;
  const auto fill = [&](boost::json::object& target, std::string_view member,
                        boost::json::value value, std::string_view reported_as) {
    if (target.contains(member)) return;
    target[member] = std::move(value);
    decoded.filled_from_claims.emplace_back(reported_as);
  };
  if (const auto* jti = claims.if_contains("jti")) fill(credential, "id", *jti, "id");
  if (const auto* iss = claims.if_contains("iss")) {
    if (auto* issuer = credential.if_contains("issuer"); issuer && issuer->is_object()) {
      fill(issuer->as_object(), "id", *iss, "issuer.id");
    } else {
      fill(credential, "issuer", *iss, "issuer");
    }
  }
  if (const auto* sub = claims.if_contains("sub")) {
    auto* subject = credential.if_contains("credentialSubject");
    if (subject != nullptr && subject->is_object()) {
      fill(subject->as_object(), "id", *sub, "credentialSubject.id");
    } else if (subject == nullptr) {
      fill(credential, "credentialSubject", boost::json::object{{"id", *sub}},
           "credentialSubject.id");
    }
  }
  const auto names = validity_member_names_of(credential);
  if (const auto* nbf = claims.if_contains("nbf")) {
    fill(credential, names.valid_from,
         boost::json::value(date_time_of(whole_seconds_of(nbf->to_number<double>()))),
         names.valid_from);
  }
  if (const auto* exp = claims.if_contains("exp")) {
    fill(credential, names.valid_until,
         boost::json::value(date_time_of(whole_seconds_of(exp->to_number<double>()))),
         names.valid_until);
  }
}

DecodedVcJwt decode_or_throw(std::string_view token, const VcJwtLimits& limits) {
  DecodedVcJwt decoded;
  decoded.jws = value_or_throw(crypto::jose::parse_compact_jws(token, limits.jws));
  const auto& header = decoded.jws.header;
  check_type(header);
  if (const auto* kid = header.if_contains("kid")) {
    if (!kid->is_string()) throw invalid_vc_jwt("\"kid\" is not a string");
    decoded.kid = std::string(kid->as_string());
  }
  if (const auto* jwk = header.if_contains("jwk")) {
    decoded.jwk = value_or_throw(crypto::jose::parse_public_jwk(*jwk));
  }
  auto payload = value_or_throw(canon::json::parse_json(decoded.jws.payload, limits.payload));
  if (!payload.is_object()) throw invalid_vc_jwt("the payload is not a JSON object");
  auto& members = payload.as_object();
  decoded.claims = registered_claims_of(members);
  if (const auto* vc = members.if_contains("vc")) {
    if (!vc->is_object()) throw invalid_vc_jwt("the \"vc\" claim is not an object");
    decoded.form = VcJwtForm::kVcClaim;
    decoded.credential = vc->as_object();
  } else {
    decoded.form = VcJwtForm::kCredentialPayload;
    for (const auto name : kRegisteredClaims) members.erase(name);
    decoded.credential = std::move(members);
  }
  fill_from_claims(decoded);
  return decoded;
}

}  // namespace

Result<DecodedVcJwt> decode_vc_jwt(std::string_view token, const VcJwtLimits& limits) {
  return capture([&] { return decode_or_throw(token, limits); });
}

}  // namespace cairn::vc::jwt
