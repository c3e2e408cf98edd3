// encode_vc_jwt: secures a credential as a VC-JWT (Open Badges 3.0 section 8.2, "JSON Web Token
// Proof Format").
//
// The payload form follows the credential's data model, decided by its first @context:
//   - VC 1.1 ("https://www.w3.org/2018/credentials/v1"): the credential is the "vc" claim, next
//     to the registered claims (VC Data Model 1.1 section 6.3.1);
//   - VC 2.0 and anything else: the payload is the credential itself, with the registered claims
//     added as top-level members (the form of OB 3.0 on VC 2.0 and of VC-JOSE-COSE).
// The registered claims: iss (the issuer's id), jti (id), sub (credentialSubject.id), nbf
// (validFrom / issuanceDate) and exp (validUntil / expirationDate), each only when the
// credential has the member. The JOSE header is {"alg", "typ": "JWT", "kid"}, or, when `kid` is
// empty, {"alg", "typ": "JWT", "jwk": the public key} so that the token carries its key.
//
// Thread-safety: free function without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "common/result.h"
#include "crypto/jose/jws.h"

namespace cairn::vc::jwt {

// Returns the compact JWS, or an Error: "invalid credential" when the credential has no issuer
// id, a validity date that is not an RFC 3339 date-time, or (VC 2.0 form) a member named like a
// registered claim it would overwrite; or the signer's "signing failed".
Result<std::string> encode_vc_jwt(const boost::json::object& credential,
                                  const crypto::jose::JwsSigningKey& key, std::string_view kid);

}  // namespace cairn::vc::jwt
