// Ed25519 signatures (RFC 8032, "pure" Ed25519), computed by libsodium.
//
// An Ed25519KeyPair holds the 32-byte seed (the RFC's private key) and the public key derived
// from it. Copies are allowed; every copy wipes its secret with sodium_memzero when destroyed.
// libsodium is initialized once per process, on first use, thread-safely.
//
// Verification uses libsodium's checks, which are stricter than RFC 8032 requires in refusing
// non-canonical encodings and small-order public keys; no honest signer produces those.
//
// Thread-safety: a key pair is immutable after construction, so sign() may run on many threads
// at once; the free function has no shared state.
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "common/result.h"

namespace cairn::crypto {

using Ed25519PublicKey = std::array<std::uint8_t, 32>;
using Ed25519Signature = std::array<std::uint8_t, 64>;

class Ed25519KeyPair {
 public:
  // Returns a key pair from a fresh random seed (libsodium's system CSPRNG). Throws
  // std::runtime_error only if libsodium cannot be initialized at all.
  static Ed25519KeyPair generate();

  // Returns the key pair `seed` determines, or Error "invalid key" when it is not 32 bytes.
  static Result<Ed25519KeyPair> from_seed(std::span<const std::uint8_t> seed);

  // The key pair of `seed` when the caller already knows its public key to be `public_key` (an
  // opened KeyFile checked it): skips from_seed's scalar multiplication, which costs as much as a
  // signature. A wrong public key makes signatures no key verifies. Error "invalid key" when the
  // seed is not 32 bytes.
  static Result<Ed25519KeyPair> from_checked_seed(std::span<const std::uint8_t> seed,
                                                  const Ed25519PublicKey& public_key);

  ~Ed25519KeyPair();
  Ed25519KeyPair(const Ed25519KeyPair&) = default;
  Ed25519KeyPair& operator=(const Ed25519KeyPair&) = default;

  const Ed25519PublicKey& public_key() const { return public_key_; }

  // The 32-byte seed; valid as long as this object.
  std::span<const std::uint8_t> seed() const;

  // Returns the 64-byte signature of `message`. Never fails.
  Ed25519Signature sign(std::span<const std::uint8_t> message) const;

 private:
  Ed25519KeyPair() = default;

  // libsodium's secret key layout: the seed followed by the public key.
  std::array<std::uint8_t, 64> secret_key_{};
  Ed25519PublicKey public_key_{};
};

// Returns true when `signature` is a valid Ed25519 signature of `message` by `public_key`; false
// for any other signature, including one that is not 64 bytes.
bool verify_ed25519(const Ed25519PublicKey& public_key, std::span<const std::uint8_t> message,
                    std::span<const std::uint8_t> signature);

}  // namespace cairn::crypto
