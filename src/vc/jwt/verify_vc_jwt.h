// verify_vc_jwt: checks a decoded VC-JWT's signature with a key the caller found (from the
// header's kid, its embedded jwk, or the issuer's DID document), and whether its JWT claims
// agree with the credential (Open Badges 3.0 section 8.2: iss is the issuer's id, jti the
// credential's id, sub the subject's id, nbf and exp the validity dates).
//
// Whether the key is *the issuer's* is not decided here: that is the verifier's issuer-key check.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "crypto/jose/jwk.h"
#include "vc/jwt/decode_vc_jwt.h"

namespace cairn::vc::jwt {

struct VcJwtVerification {
  bool signature_valid = false;
  // One sentence per disagreement between claims and credential; empty when they agree.
  std::vector<std::string> claim_problems;

  bool valid() const { return signature_valid && claim_problems.empty(); }
};

// Returns the disagreements between the token's claims and its credential: no "iss"; "iss" not
// the issuer's id; "jti" not the id; "sub" not credentialSubject.id; "nbf" / "exp" not the
// validity dates (compared in whole seconds), or those dates not RFC 3339 date-times. Claims the
// token does not have (other than iss) are not required.
std::vector<std::string> check_vc_jwt_claims(const DecodedVcJwt& decoded);

// Returns the signature result and the claim problems. The Error cases are those of
// crypto::jose::verify_jws_signature: "unsupported jws algorithm", "jws algorithm mismatch"
// (e.g. an RS256 token and an EC key), "invalid jwk". A signature that does not verify is
// signature_valid == false, not an Error.
Result<VcJwtVerification> verify_vc_jwt(const DecodedVcJwt& decoded,
                                        const crypto::jose::PublicJwk& key);

}  // namespace cairn::vc::jwt
