#include "crypto/ed25519.h"

#include <sodium.h>

#include <algorithm>
#include <string>

#include "crypto/sodium_runtime.h"

namespace cairn::crypto {

namespace {

Error wrong_seed_size(std::size_t size) {
  return Error{"invalid key", "an Ed25519 seed is 32 bytes, this one is " + std::to_string(size)};
}

}  // namespace

static_assert(crypto_sign_SEEDBYTES == 32 && crypto_sign_PUBLICKEYBYTES == 32 &&
              crypto_sign_SECRETKEYBYTES == 64 && crypto_sign_BYTES == 64);

Ed25519KeyPair Ed25519KeyPair::generate() {
  require_sodium();
  Ed25519KeyPair pair;
  crypto_sign_keypair(pair.public_key_.data(), pair.secret_key_.data());
  return pair;
}

Result<Ed25519KeyPair> Ed25519KeyPair::from_seed(std::span<const std::uint8_t> seed) {
  if (seed.size() != crypto_sign_SEEDBYTES) return wrong_seed_size(seed.size());
  require_sodium();
  Ed25519KeyPair pair;
  crypto_sign_seed_keypair(pair.public_key_.data(), pair.secret_key_.data(), seed.data());
  return pair;
}

Result<Ed25519KeyPair> Ed25519KeyPair::from_checked_seed(std::span<const std::uint8_t> seed,
                                                         const Ed25519PublicKey& public_key) {
  if (seed.size() != crypto_sign_SEEDBYTES) return wrong_seed_size(seed.size());
  require_sodium();
  Ed25519KeyPair pair;
  std::copy(seed.begin(), seed.end(), pair.secret_key_.begin());
  std::copy(public_key.begin(), public_key.end(), pair.secret_key_.begin() + crypto_sign_SEEDBYTES);
  pair.public_key_ = public_key;
  return pair;
}

Ed25519KeyPair::~Ed25519KeyPair() { sodium_memzero(secret_key_.data(), secret_key_.size()); }

std::span<const std::uint8_t> Ed25519KeyPair::seed() const {
  return std::span<const std::uint8_t>(secret_key_).first(crypto_sign_SEEDBYTES);
}

Ed25519Signature Ed25519KeyPair::sign(std::span<const std::uint8_t> message) const {
  Ed25519Signature signature{};
  crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(),
                       secret_key_.data());
  return signature;
}

bool verify_ed25519(const Ed25519PublicKey& public_key, std::span<const std::uint8_t> message,
                    std::span<const std::uint8_t> signature) {
  if (signature.size() != crypto_sign_BYTES) return false;
  require_sodium();
  return crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                     public_key.data()) == 0;
}

}  // namespace cairn::crypto
