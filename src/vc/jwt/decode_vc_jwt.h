// decode_vc_jwt: reads a VC-JWT (Open Badges 3.0 section 8.2) into its JOSE header, its JWT
// claims, the credential, and the hint to the key that signed it. It checks the form, not the
// signature: verify_vc_jwt (verify_vc_jwt.h) does that once the caller has found the key.
//
// Accepted: "typ" absent, "JWT", "vc+ld+json+jwt" or "vc+jwt" (compared case-insensitively, with
// an optional "application/" prefix, RFC 7515 section 4.1.9); "alg" EdDSA, RS256 or ES256; a
// payload that has a "vc" object (VC 1.1 form) or is itself the credential (VC 2.0 form).
// Claims fill what the credential lacks (VC Data Model 1.1 section 6.3.1): id from jti, issuer
// (or issuer.id) from iss, credentialSubject.id from sub, validFrom / issuanceDate from nbf,
// validUntil / expirationDate from exp. A member the credential has is never overwritten; a
// disagreement is for check_vc_jwt_claims() to report.
//
// Thread-safety: free function without shared state; a DecodedVcJwt is a plain value.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "canon/json/json_parser.h"
#include "common/result.h"
#include "crypto/jose/jwk.h"
#include "crypto/jose/jws.h"

namespace cairn::vc::jwt {

enum class VcJwtForm {
  kVcClaim,           // VC 1.1: the credential is the "vc" claim
  kCredentialPayload  // VC 2.0: the payload is the credential
};

struct VcJwtLimits {
  crypto::jose::JwsLimits jws;
  canon::json::JsonLimits payload;  // strict parsing of the decoded payload
};

struct DecodedVcJwt {
  crypto::jose::ParsedJws jws;  // protected header, payload, signing input, signature
  VcJwtForm form = VcJwtForm::kCredentialPayload;
  // The registered claims present in the payload (iss, sub, aud, exp, nbf, iat, jti).
  boost::json::object claims;
  // The credential, without the registered claims (VC 2.0 form), with claims mapped back.
  boost::json::object credential;
  // The credential members that came from claims, e.g. {"id", "issuanceDate"}.
  std::vector<std::string> filled_from_claims;
  std::optional<std::string> kid;              // the header's "kid"
  std::optional<crypto::jose::PublicJwk> jwk;  // the header's "jwk", checked
};

// Returns the decoded token, or an Error: the JWS errors of parse_compact_jws ("invalid jws",
// "unsupported jws algorithm", "limit exceeded"), "invalid vc-jwt" (a typ not listed above, a kid
// that is not a string, a payload that is not a JSON object or whose "vc" is not an object, a
// registered claim of the wrong JSON type), the payload parser's "invalid JSON", or "invalid jwk"
// for an embedded jwk that is not an acceptable public key.
Result<DecodedVcJwt> decode_vc_jwt(std::string_view token, const VcJwtLimits& limits = {});

}  // namespace cairn::vc::jwt
