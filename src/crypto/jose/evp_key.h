// Conversions between JWK members and OpenSSL 3 EVP_PKEY objects for RSA and EC P-256, through
// OSSL_PARAM arrays (EVP_PKEY_fromdata / EVP_PKEY_get_bn_param): the library's non-deprecated
// key API. Internal to cairn_crypto_jose.
//
// Thread-safety: free functions; an EVP_PKEY may be used by several threads for verification.
#pragma once

#include <openssl/evp.h>

#include <boost/json/object.hpp>
#include <cstdint>
#include <memory>
#include <span>

#include "common/result.h"

namespace cairn::crypto::jose {

struct EvpPkeyFree {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyFree>;

struct MdCtxFree {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

// Returns the RSA public key with modulus `n` and exponent `e` (big-endian unsigned), or an Error
// "invalid jwk" when OpenSSL refuses them.
Result<EvpPkeyPtr> rsa_public_key_of(std::span<const std::uint8_t> n,
                                     std::span<const std::uint8_t> e);

// Returns the P-256 public key with affine coordinates x and y (32 bytes each), or an Error
// "invalid jwk" when the point is not on the curve.
Result<EvpPkeyPtr> p256_public_key_of(std::span<const std::uint8_t> x,
                                      std::span<const std::uint8_t> y);

// Returns the public JWK members (kty, crv, x, y or kty, n, e) of an RSA or P-256 key, or an
// Error "invalid jwk" for another key type.
Result<boost::json::object> public_jwk_members_of(const EVP_PKEY& key);

// Returns the bit length of an RSA key's modulus.
std::size_t rsa_bits_of(const EVP_PKEY& key);

// Returns true when `key` is an EC key on P-256.
bool is_p256_key(const EVP_PKEY& key);

}  // namespace cairn::crypto::jose
