// JwsAlgorithm: the JWS "alg" values Cairn signs and verifies with (RFC 7518 section 3.1,
// RFC 8037 section 3.1), and the names on the wire.
//
// Only asymmetric algorithms exist here on purpose: "none" (unsecured JWS) and the HMAC family
// ("HS256" ...) are refused by name, so a token can never choose to be checked with no key or
// with a public key used as an HMAC secret (the classic algorithm-confusion attack).
//
// Thread-safety: free functions without state.
#pragma once

#include <string_view>

#include "common/result.h"

namespace cairn::crypto::jose {

enum class JwsAlgorithm {
  kEdDsa,  // "EdDSA" with an Ed25519 key (RFC 8037)
  kRs256,  // "RS256": RSASSA-PKCS1-v1_5 with SHA-256, RSA keys of 2048 bits or more
  kEs256,  // "ES256": ECDSA on P-256 with SHA-256, 64-byte r||s signatures
};

// Returns "EdDSA", "RS256" or "ES256".
std::string_view jws_algorithm_name(JwsAlgorithm algorithm);

// Returns the "kty" of the keys `algorithm` works with: "OKP", "RSA" or "EC".
std::string_view jws_key_type_of(JwsAlgorithm algorithm);

// Returns the algorithm named `alg`, or an Error with code "unsupported jws algorithm" whose
// message says why: "none" is an unsecured JWS, HS* are symmetric, anything else is unknown here.
Result<JwsAlgorithm> jws_algorithm_of(std::string_view alg);

}  // namespace cairn::crypto::jose
