#include "crypto/multikey.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "crypto/base58.h"

namespace cairn::crypto {

namespace {

// Multicodec varint prefixes: ed25519-pub (0xed) and ed25519-priv (0x1300).
constexpr std::array<std::uint8_t, 2> kPublicCodec{0xed, 0x01};
constexpr std::array<std::uint8_t, 2> kSecretCodec{0x80, 0x26};
constexpr std::size_t kKeySize = 32;

Error invalid_multikey(const std::string& message) { return Error{"invalid multikey", message}; }

std::string encode(const std::array<std::uint8_t, 2>& codec, std::span<const std::uint8_t> key) {
  std::array<std::uint8_t, 2 + kKeySize> prefixed{};
  std::copy(codec.begin(), codec.end(), prefixed.begin());
  std::copy(key.begin(), key.end(), prefixed.begin() + 2);
  std::string text = 'z' + encode_base58btc(prefixed);
  sodium_memzero(prefixed.data(), prefixed.size());
  return text;
}

// Returns the key bytes after checking prefix, codec and length; `what` names the key kind.
// The decoded buffer is wiped on every path, as it may hold a secret.
Result<SecretBytes> decode(const std::array<std::uint8_t, 2>& codec, std::string_view text,
                           std::string_view what) {
  if (text.empty() || text.front() != 'z') {
    return invalid_multikey(std::string(what) + " must be multibase base58btc (start with 'z')");
  }
  // Twice the expected size is ample to report a wrong length without decoding arbitrarily much.
  Result<Bytes> decoded = decode_base58btc(text.substr(1), 2 * (2 + kKeySize));
  if (!decoded) return invalid_multikey(std::string(what) + ": " + decoded.error().to_string());
  Bytes& bytes = decoded.value();
  Result<SecretBytes> key = [&]() -> Result<SecretBytes> {
    if (bytes.size() < 2 || !std::equal(codec.begin(), codec.end(), bytes.begin())) {
      return invalid_multikey(std::string(what) + ": the multicodec prefix is not 0x" +
                              (codec == kPublicCodec ? std::string("ed01 (ed25519-pub)")
                                                     : std::string("8026 (ed25519-priv)")));
    }
    if (bytes.size() != 2 + kKeySize) {
      return invalid_multikey(std::string(what) + ": the key is " +
                              std::to_string(bytes.size() - 2) + " bytes, an Ed25519 key is 32");
    }
    return SecretBytes(std::span<const std::uint8_t>(bytes).subspan(2));
  }();
  if (!bytes.empty()) sodium_memzero(bytes.data(), bytes.size());
  return key;
}

}  // namespace

std::string encode_ed25519_public_multikey(const Ed25519PublicKey& public_key) {
  return encode(kPublicCodec, public_key);
}

Result<Ed25519PublicKey> decode_ed25519_public_multikey(std::string_view text) {
  Result<SecretBytes> key = decode(kPublicCodec, text, "an Ed25519 public key");
  if (!key) return key.error();
  Ed25519PublicKey public_key{};
  std::copy(key->view().begin(), key->view().end(), public_key.begin());
  return public_key;
}

std::string encode_ed25519_secret_multikey(std::span<const std::uint8_t> seed) {
  if (seed.size() != kKeySize) throw std::invalid_argument("an Ed25519 seed is 32 bytes");
  return encode(kSecretCodec, seed);
}

Result<SecretBytes> decode_ed25519_secret_multikey(std::string_view text) {
  return decode(kSecretCodec, text, "an Ed25519 secret key");
}

}  // namespace cairn::crypto
