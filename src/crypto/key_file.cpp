#include "crypto/key_file.h"

#include <sodium.h>

#include <array>

#include "canon/json/json_parser.h"
#include "common/date_time.h"
#include "crypto/base64url.h"
#include "crypto/ed25519.h"
#include "crypto/multikey.h"
#include "crypto/sealed_key_file.h"
#include "crypto/sodium_runtime.h"

namespace cairn::crypto {

namespace {

static_assert(crypto_kdf_KEYBYTES == MasterKey::kSize && crypto_secretbox_KEYBYTES == 32 &&
              crypto_auth_KEYBYTES == 32 && crypto_auth_BYTES == 32 &&
              crypto_kdf_CONTEXTBYTES == 8);

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "cairnkf1";
constexpr std::string_view kMasterKeyCheckMessage = "cairn-key-file-1";
constexpr std::size_t kSecretboxTagBytes = crypto_secretbox_MACBYTES;
// JWK members that hold private key material; a public key field must not carry any.
constexpr std::array<std::string_view, 8> kPrivateJwkMembers = {"d",  "p",  "q", "dp",
                                                                "dq", "qi", "k", "oth"};

// The three keys derived from the master key, each for one use, wiped when done.
struct Subkeys {
  explicit Subkeys(const MasterKey& master_key) {
    require_sodium();
    crypto_kdf_derive_from_key(secretbox.data(), secretbox.size(), 1, kKdfContext,
                               master_key.view().data());
    crypto_kdf_derive_from_key(check.data(), check.size(), 2, kKdfContext,
                               master_key.view().data());
    crypto_kdf_derive_from_key(mac.data(), mac.size(), 3, kKdfContext, master_key.view().data());
  }
  ~Subkeys() {
    sodium_memzero(secretbox.data(), secretbox.size());
    sodium_memzero(check.data(), check.size());
    sodium_memzero(mac.data(), mac.size());
  }
  Subkeys(const Subkeys&) = delete;
  Subkeys& operator=(const Subkeys&) = delete;

  std::array<std::uint8_t, crypto_secretbox_KEYBYTES> secretbox{};
  std::array<std::uint8_t, crypto_auth_KEYBYTES> check{};
  std::array<std::uint8_t, crypto_auth_KEYBYTES> mac{};
};

std::array<std::uint8_t, crypto_auth_BYTES> authenticator(std::string_view message,
                                                          const std::array<std::uint8_t, 32>& key) {
  std::array<std::uint8_t, crypto_auth_BYTES> tag{};
  crypto_auth(tag.data(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
              key.data());
  return tag;
}

// True when `encoded` is the base64url of the tag of `message` under `key`, compared in
// constant time.
bool authenticates(std::string_view encoded, std::string_view message,
                   const std::array<std::uint8_t, 32>& key) {
  Result<Bytes> tag = decode_base64url(encoded, crypto_auth_BYTES);
  return tag && tag->size() == crypto_auth_BYTES &&
         crypto_auth_verify(tag->data(), reinterpret_cast<const unsigned char*>(message.data()),
                            message.size(), key.data()) == 0;
}

std::optional<KeyAlgorithm> algorithm_named(std::string_view name) {
  for (KeyAlgorithm algorithm : {KeyAlgorithm::kEd25519, KeyAlgorithm::kRsa, KeyAlgorithm::kP256}) {
    if (key_algorithm_name(algorithm) == name) return algorithm;
  }
  return std::nullopt;
}

Error invalid_key_file(const std::string& where, const std::string& message) {
  return Error{"invalid key file", where + ": " + message};
}

// Checks the public key of an entry against its algorithm; for Ed25519 also that the seed
// regenerates it, so a file cannot pair a secret with someone else's public key.
Result<bool> check_public_key(const StoredKey& key, const std::string& where) {
  if (key.algorithm == KeyAlgorithm::kEd25519) {
    Result<Ed25519PublicKey> public_key = decode_ed25519_public_multikey(key.public_key);
    if (!public_key) return invalid_key_file(where + ".publicKey", public_key.error().message);
    if (key.secret.size() != 32) {
      return invalid_key_file(where + ".sealedSecret", "an Ed25519 secret is a 32-byte seed");
    }
    Result<Ed25519KeyPair> pair = Ed25519KeyPair::from_seed(key.secret.view());
    if (!pair || pair->public_key() != *public_key) {
      return invalid_key_file(where + ".publicKey", "is not the public key of the sealed seed");
    }
    return true;
  }
  if (key.type != "JsonWebKey") {
    return invalid_key_file(where + ".type", "an RSA or P-256 key is stored as \"JsonWebKey\"");
  }
  canon::json::JsonLimits limits;
  limits.max_depth = 2;
  Result<boost::json::value> jwk = canon::json::parse_json(key.public_key, limits);
  if (!jwk || !jwk->is_object() || !jwk->get_object().contains("kty")) {
    return invalid_key_file(where + ".publicKey", "is not a JWK (a JSON object with \"kty\")");
  }
  for (std::string_view member : kPrivateJwkMembers) {
    if (jwk->get_object().contains(member)) {
      return invalid_key_file(where + ".publicKey",
                              "holds the private member \"" + std::string(member) + "\"");
    }
  }
  if (key.secret.empty() || key.secret.view().front() != 0x30) {
    return invalid_key_file(where + ".sealedSecret", "is not a PKCS#8 DER key (an ASN.1 SEQUENCE)");
  }
  return true;
}

}  // namespace

std::string seal_key_file(const KeyFile& file, const MasterKey& master_key) {
  const Subkeys subkeys(master_key);
  SealedKeyFile sealed;
  sealed.controller = file.controller;
  for (const StoredKey& key : file.keys) {
    std::array<std::uint8_t, crypto_secretbox_NONCEBYTES> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    Bytes ciphertext(key.secret.size() + kSecretboxTagBytes);
    crypto_secretbox_easy(ciphertext.data(), key.secret.view().data(), key.secret.size(),
                          nonce.data(), subkeys.secretbox.data());
    sealed.keys.push_back(SealedKeyEntry{
        key.id, key.type, std::string(key_algorithm_name(key.algorithm)), key.public_key,
        key.created, key.revoked, encode_base64url(nonce), encode_base64url(ciphertext)});
  }
  sealed.master_key_check = encode_base64url(authenticator(kMasterKeyCheckMessage, subkeys.check));
  sealed.mac = encode_base64url(authenticator(authenticated_text(sealed), subkeys.mac));
  return write_sealed_key_file(sealed);
}

Result<KeyFile> open_key_file(std::string_view text, const MasterKey& master_key) {
  return open_key_file(text, master_key, KeyFileLimits{});
}

Result<KeyFile> open_key_file(std::string_view text, const MasterKey& master_key,
                              const KeyFileLimits& limits) {
  Result<SealedKeyFile> sealed = read_sealed_key_file(text, limits);
  if (!sealed) return sealed.error();

  const Subkeys subkeys(master_key);
  if (!authenticates(sealed->master_key_check, kMasterKeyCheckMessage, subkeys.check)) {
    return Error{"wrong master key",
                 "the key file was sealed under another master key (check CAIRN_MASTER_KEY or "
                 "CAIRN_MASTER_KEY_FILE)"};
  }
  if (!authenticates(sealed->mac, authenticated_text(*sealed), subkeys.mac)) {
    return Error{"invalid key file",
                 "the file was modified after it was sealed (its MAC does not match)"};
  }

  KeyFile file;
  file.controller = sealed->controller;
  for (std::size_t i = 0; i < sealed->keys.size(); ++i) {
    const SealedKeyEntry& entry = sealed->keys[i];
    const std::string where = "keys[" + std::to_string(i) + "]";
    StoredKey key;
    key.id = entry.id;
    key.type = entry.type;
    key.public_key = entry.public_key;
    key.created = entry.created;
    key.revoked = entry.revoked;
    if (key.type != "Multikey" && key.type != "JsonWebKey") {
      return invalid_key_file(where + ".type",
                              "\"" + key.type + "\" is not \"Multikey\" or \"JsonWebKey\"");
    }
    const std::optional<KeyAlgorithm> algorithm = algorithm_named(entry.algorithm);
    if (!algorithm) {
      return invalid_key_file(
          where + ".algorithm",
          "\"" + entry.algorithm + "\" is not \"Ed25519\", \"RSA\" or \"P-256\"");
    }
    key.algorithm = *algorithm;
    if (!parse_date_time_stamp(key.created).ok()) {
      return invalid_key_file(where + ".created",
                              "\"" + key.created + "\" is not an RFC 3339 date-time");
    }
    if (key.revoked && !parse_date_time_stamp(*key.revoked).ok()) {
      return invalid_key_file(where + ".revoked",
                              "\"" + *key.revoked + "\" is not an RFC 3339 date-time");
    }

    Result<Bytes> nonce = decode_base64url(entry.nonce, crypto_secretbox_NONCEBYTES);
    if (!nonce || nonce->size() != crypto_secretbox_NONCEBYTES) {
      return invalid_key_file(where + ".nonce", "is not 24 bytes in base64url");
    }
    Result<Bytes> ciphertext =
        decode_base64url(entry.sealed_secret, limits.max_secret_bytes + kSecretboxTagBytes);
    if (!ciphertext || ciphertext->size() <= kSecretboxTagBytes) {
      return invalid_key_file(where + ".sealedSecret", "is not a sealed secret of 1 to " +
                                                           std::to_string(limits.max_secret_bytes) +
                                                           " bytes in base64url");
    }
    key.secret = SecretBytes(ciphertext->size() - kSecretboxTagBytes);
    if (crypto_secretbox_open_easy(key.secret.mutable_view().data(), ciphertext->data(),
                                   ciphertext->size(), nonce->data(),
                                   subkeys.secretbox.data()) != 0) {
      // The MAC matched, so only a file sealed by a faulty writer gets here.
      return invalid_key_file(where + ".sealedSecret", "does not decrypt under this master key");
    }
    if (Result<bool> checked = check_public_key(key, where); !checked) return checked.error();
    file.keys.push_back(std::move(key));
  }
  return file;
}

StoredKey generate_ed25519_stored_key(std::string id, std::string created) {
  const Ed25519KeyPair pair = Ed25519KeyPair::generate();
  StoredKey key;
  key.id = std::move(id);
  key.type = "Multikey";
  key.algorithm = KeyAlgorithm::kEd25519;
  key.public_key = encode_ed25519_public_multikey(pair.public_key());
  key.secret = SecretBytes(pair.seed());
  key.created = std::move(created);
  return key;
}

std::string_view key_algorithm_name(KeyAlgorithm algorithm) {
  switch (algorithm) {
    case KeyAlgorithm::kRsa:
      return "RSA";
    case KeyAlgorithm::kP256:
      return "P-256";
    case KeyAlgorithm::kEd25519:
      break;
  }
  return "Ed25519";
}

}  // namespace cairn::crypto
