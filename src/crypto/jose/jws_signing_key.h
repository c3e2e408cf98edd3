// JwsSigningKey: a private key that signs JWS with one algorithm: EdDSA (an Ed25519 seed, signed
// with libsodium through cairn_crypto), RS256 (RSA of 2048 bits or more) or ES256 (P-256), the
// last two through OpenSSL 3's EVP API.
//
// Keys are stored as PKCS#8 DER (RFC 5208; RFC 8410 for Ed25519) or, for Ed25519, as the 32-byte
// seed the rest of Cairn uses. The secret is wiped when the last copy is destroyed (libsodium's
// key pair wipes itself; OpenSSL clears private key numbers when it frees them).
//
// pkcs8() and public_jwk() cannot fail for a key made here; they throw std::runtime_error only if
// OpenSSL itself fails (out of memory).
//
// Thread-safety: a JwsSigningKey is immutable after creation; copies share the key, and any
// number of threads may sign with it at once.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

#include "common/result.h"
#include "crypto/bytes.h"
#include "crypto/jose/jwk.h"
#include "crypto/jose/jws_algorithm.h"

namespace cairn::crypto::jose {

class JwsSigningKey {
 public:
  // Returns a fresh key for `algorithm` (RSA keys get 3072 bits), or an Error "key generation
  // failed" if the random source or OpenSSL fails.
  static Result<JwsSigningKey> generate(JwsAlgorithm algorithm);

  // Returns the EdDSA key of a 32-byte Ed25519 seed, or an Error "invalid key" for another length.
  static Result<JwsSigningKey> from_ed25519_seed(std::span<const std::uint8_t> seed);

  // Returns the key in PKCS#8 DER `der`: RSA (RS256), EC P-256 (ES256) or Ed25519 (EdDSA); or an
  // Error "invalid key" for bad DER, trailing bytes, another key type or curve, or RSA below 2048
  // bits.
  static Result<JwsSigningKey> from_pkcs8(std::span<const std::uint8_t> der);

  JwsAlgorithm algorithm() const;

  // Returns the key as unencrypted PKCS#8 DER. The caller owns a secret: seal or wipe it.
  Bytes pkcs8() const;

  // Returns the public half as a JWK (kty/crv/x/y, kty/n/e or kty/crv/x), without kid or alg.
  PublicJwk public_jwk() const;

  // Returns the JWS signature of `signing_input` (for ES256 the 64-byte r||s form), or an Error
  // "signing failed" if OpenSSL fails.
  Result<Bytes> sign(std::string_view signing_input) const;

 private:
  struct Key;
  explicit JwsSigningKey(std::shared_ptr<const Key> key);
  std::shared_ptr<const Key> key_;
};

}  // namespace cairn::crypto::jose
