// Key files: a controller's signing keys with their secrets sealed under the master key.
//
// A key file is JSON text (UTF-8), version "cairn-key-file-1":
//
//   {
//     "format": "cairn-key-file-1",
//     "controller": "did:web:example.org",
//     "keys": [
//       {
//         "id": "did:web:example.org#key-1",        verification method id
//         "type": "Multikey",                        "Multikey" | "JsonWebKey"
//         "algorithm": "Ed25519",                    "Ed25519" | "RSA" | "P-256"
//         "publicKey": "z6Mk...",                    publicKeyMultibase (Ed25519), else public JWK
//                                                    as JSON text
//         "created": "2026-11-29T08:00:00Z",         RFC 3339
//         "revoked": "2026-12-01T00:00:00Z",         RFC 3339, only when revoked
//         "nonce": "<base64url, 24 bytes>",          fresh random nonce for this secret
//         "sealedSecret": "<base64url>"              crypto_secretbox_easy(secret, nonce, K_s)
//       }
//     ],
//     "masterKeyCheck": "<base64url, 32 bytes>",    crypto_auth("cairn-key-file-1", K_c)
//     "mac": "<base64url, 32 bytes>"                crypto_auth(M, K_m)
//   }
//
// The secret is the 32-byte Ed25519 seed, or the PKCS#8 DER private key for RSA and P-256.
// K_s, K_c and K_m are subkeys of the master key (crypto_kdf_derive_from_key, context
// "cairnkf1", ids 1, 2, 3), so no key is used for two purposes. M is the compact JSON of
// {"format", "controller", "keys"} written in the member order above, so the MAC covers every
// field of every key (who could write the file but not read the master key cannot swap a public
// key, un-revoke a key or move a sealed secret to another entry). masterKeyCheck tells a wrong
// master key apart from a modified file.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "crypto/bytes.h"
#include "crypto/master_key.h"

namespace cairn::crypto {

enum class KeyAlgorithm { kEd25519, kRsa, kP256 };

// "Ed25519", "RSA" or "P-256": the name a key file gives the algorithm.
std::string_view key_algorithm_name(KeyAlgorithm algorithm);

struct StoredKey {
  std::string id;    // verification method id
  std::string type;  // "Multikey" | "JsonWebKey"
  KeyAlgorithm algorithm = KeyAlgorithm::kEd25519;
  std::string public_key;  // publicKeyMultibase for Ed25519, else the public JWK as JSON text
  SecretBytes secret;      // Ed25519: 32-byte seed; RSA/P-256: PKCS#8 DER
  std::string created;     // RFC 3339
  std::optional<std::string> revoked;  // RFC 3339
};

struct KeyFile {
  std::string controller;  // DID
  std::vector<StoredKey> keys;
};

// What open_key_file accepts at most.
struct KeyFileLimits {
  std::size_t max_bytes = 1u << 20;         // whole text
  std::size_t max_keys = 1024;              // entries of "keys"
  std::size_t max_secret_bytes = 1u << 14;  // one secret (an RSA-8192 PKCS#8 is about 4.9 KB)
  std::size_t max_string_bytes = 1u << 14;  // id, controller, publicKey, created, revoked
};

// A new Ed25519 key (Multikey) with a fresh random seed, for a key file.
StoredKey generate_ed25519_stored_key(std::string id, std::string created);

// Returns the sealed JSON text of `file` (two-space indented, newline at the end), with a fresh
// random nonce for every secret. Does not validate `file`: open_key_file does, so a file sealed
// from bad data fails to open. Never fails otherwise.
std::string seal_key_file(const KeyFile& file, const MasterKey& master_key);

// Returns the key file `text` holds, with its secrets decrypted, or:
//   Error "invalid key file" when the text exceeds a limit, is not strict JSON, has a missing,
//     unknown or ill-typed member, an unknown format/type/algorithm, a duplicate key id, a
//     timestamp that is not RFC 3339, an Ed25519 public key that is not a Multikey or does not
//     match its seed, a non-Ed25519 public key that is not a JSON object, a secret of the wrong
//     size, or fails its integrity check (modified after sealing);
//   Error "wrong master key" when the file was sealed under another master key.
// The message says which key entry and member is wrong.
Result<KeyFile> open_key_file(std::string_view text, const MasterKey& master_key);
Result<KeyFile> open_key_file(std::string_view text, const MasterKey& master_key,
                              const KeyFileLimits& limits);

}  // namespace cairn::crypto
