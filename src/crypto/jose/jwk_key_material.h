// The key behind a JWK, ready to verify with: the Ed25519 key bytes (for libsodium) or an
// OpenSSL key (RSA, P-256). Internal to cairn_crypto_jose: jwk.cpp decodes and checks the members
// once, here, for both parse_public_jwk() and verify_jws_signature().
//
// Thread-safety: a JwkKeyMaterial is a value; its EVP_PKEY may verify from several threads.
#pragma once

#include <boost/json/object.hpp>
#include <optional>

#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/jose/evp_key.h"
#include "crypto/jose/jwk.h"

namespace cairn::crypto::jose {

struct JwkKeyMaterial {
  std::optional<Ed25519PublicKey> ed25519;  // kty OKP
  EvpPkeyPtr evp;                           // kty RSA or EC
};

// Returns the key of the JWK `members`, or the Error parse_public_jwk() documents.
Result<JwkKeyMaterial> key_material_of(const boost::json::object& members,
                                       const JwkLimits& limits = {});

}  // namespace cairn::crypto::jose
