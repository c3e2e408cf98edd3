// Internal to cairn_crypto: the JSON layer of key files (format in key_file.h), apart from the
// cryptography. SealedKeyFile is the file as text fields, secrets still sealed and base64url.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "crypto/key_file.h"

namespace cairn::crypto {

inline constexpr std::string_view kKeyFileFormat = "cairn-key-file-1";

struct SealedKeyEntry {
  std::string id;
  std::string type;
  std::string algorithm;  // "Ed25519" | "RSA" | "P-256" (checked by the caller)
  std::string public_key;
  std::string created;
  std::optional<std::string> revoked;
  std::string nonce;          // base64url
  std::string sealed_secret;  // base64url
};

struct SealedKeyFile {
  std::string controller;
  std::vector<SealedKeyEntry> keys;
  std::string master_key_check;  // base64url
  std::string mac;               // base64url
};

// Returns the compact JSON of {"format", "controller", "keys"} with members in the documented
// order: the text the file's MAC authenticates. Equal field values give equal text, however the
// file escaped them.
std::string authenticated_text(const SealedKeyFile& file);

// Returns the file as two-space indented JSON text ending in a newline.
std::string write_sealed_key_file(const SealedKeyFile& file);

// Returns the fields of `text`, or Error "invalid key file" when it exceeds `limits`, is not
// strict JSON, has the wrong format, or has a missing, unknown, ill-typed or oversized member, or
// a duplicate key id. Checks structure only: no decoding, no cryptography.
Result<SealedKeyFile> read_sealed_key_file(std::string_view text, const KeyFileLimits& limits);

}  // namespace cairn::crypto
