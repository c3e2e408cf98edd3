// PublicJwk: a public JSON Web Key (RFC 7517) of one of the three key types Cairn verifies JWS
// with: OKP/Ed25519 (RFC 8037), RSA of at least 2048 bits, and EC on P-256 (RFC 7518 section 6).
//
// A PublicJwk only comes out of parse_public_jwk() or one of the jwk_of_* functions, so its
// members were checked: the key type is supported, the coordinates and modulus decode, the EC
// point lies on the curve, the modulus is long enough, and no private member is present.
//
// Thread-safety: a PublicJwk is a plain value; the free functions keep no shared state.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <string_view>

#include "common/result.h"
#include "crypto/ed25519.h"

namespace cairn::crypto::jose {

struct PublicJwk {
  // The public members only: kty, crv and x (OKP); kty, crv, x and y (EC); kty, n and e (RSA);
  // plus kid, alg and use when the key had them. Unknown members of the input are dropped.
  boost::json::object members;

  // The "kty" member ("OKP", "RSA" or "EC").
  std::string_view key_type() const;
};

// Limits on the work a JWK from untrusted input may cause.
struct JwkLimits {
  std::size_t min_rsa_bits = 2048;   // RFC 7518 section 3.3: 2048 or larger
  std::size_t max_rsa_bits = 16384;  // verification time grows with the square of the size
};

// Returns the checked public key, or an Error with code "invalid jwk" whose message names the
// member that is wrong: not an object, missing or non-string member, unsupported kty or crv,
// bad base64url, wrong coordinate length, point not on P-256, RSA modulus out of the limits,
// even or tiny exponent, or a private member ("d", "p", "q", "dp", "dq", "qi", "oth", "k").
Result<PublicJwk> parse_public_jwk(const boost::json::value& jwk, const JwkLimits& limits = {});

// Returns the OKP JWK of an Ed25519 public key: {"kty":"OKP","crv":"Ed25519","x":...}.
PublicJwk jwk_of_ed25519(const Ed25519PublicKey& public_key);

// Returns the 32 key bytes of an OKP/Ed25519 JWK, or an Error "invalid jwk" for another type.
Result<Ed25519PublicKey> ed25519_public_key_of(const PublicJwk& jwk);

}  // namespace cairn::crypto::jose
