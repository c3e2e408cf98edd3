#include "crypto/jose/jws_signing_key.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <array>
#include <optional>
#include <string>

#include "crypto/ed25519.h"
#include "crypto/jose/ecdsa_signature_format.h"
#include "crypto/jose/evp_key.h"

namespace cairn::crypto::jose {
namespace {

constexpr std::size_t kGeneratedRsaBits = 3072;
constexpr std::size_t kMinRsaBits = 2048;
constexpr std::size_t kP256CoordinateBytes = 32;

struct Pkcs8Free {
  void operator()(PKCS8_PRIV_KEY_INFO* info) const { PKCS8_PRIV_KEY_INFO_free(info); }
};
using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Pkcs8Free>;

Error invalid_key(const std::string& message) { return Error{"invalid key", message}; }

Bytes pkcs8_of(EVP_PKEY* key) {
  Pkcs8Ptr info(EVP_PKEY2PKCS8(key));
  if (!info) throw Failure("invalid key", "OpenSSL cannot write the key as PKCS#8");
  unsigned char* der = nullptr;
  const int length = i2d_PKCS8_PRIV_KEY_INFO(info.get(), &der);
  if (length <= 0) throw Failure("invalid key", "OpenSSL cannot write the key as PKCS#8");
  Bytes result(der, der + length);
  OPENSSL_clear_free(der, static_cast<std::size_t>(length));
  return result;
}

// Returns the RS256 or ES256 signature of `input` made with the OpenSSL key `key`.
Result<Bytes> evp_sign(EVP_PKEY* key, JwsAlgorithm algorithm, std::string_view input) {
  std::unique_ptr<EVP_MD_CTX, MdCtxFree> context(EVP_MD_CTX_new());
  std::size_t length = 0;
  const auto* data = reinterpret_cast<const unsigned char*>(input.data());
  if (!context ||
      EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) !=
          1 ||
      EVP_DigestSign(context.get(), nullptr, &length, data, input.size()) != 1) {
    return Error{"signing failed", "OpenSSL could not start signing"};
  }
  Bytes signature(length);
  if (EVP_DigestSign(context.get(), signature.data(), &length, data, input.size()) != 1) {
    return Error{"signing failed", "OpenSSL could not sign"};
  }
  signature.resize(length);
  if (algorithm == JwsAlgorithm::kEs256) {
    return jose_of_der_ecdsa_signature(signature, kP256CoordinateBytes);
  }
  return signature;
}

}  // namespace

struct JwsSigningKey::Key {
  JwsAlgorithm algorithm;
  std::optional<Ed25519KeyPair> ed25519;  // EdDSA
  EvpPkeyPtr evp;                         // RS256, ES256
};

JwsSigningKey::JwsSigningKey(std::shared_ptr<const Key> key) : key_(std::move(key)) {}

Result<JwsSigningKey> JwsSigningKey::generate(JwsAlgorithm algorithm) {
  auto key = std::make_shared<Key>();
  key->algorithm = algorithm;
  switch (algorithm) {
    case JwsAlgorithm::kEdDsa:
      key->ed25519.emplace(Ed25519KeyPair::generate());
      break;
    case JwsAlgorithm::kRs256:
      key->evp.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", kGeneratedRsaBits));
      break;
    case JwsAlgorithm::kEs256:
      key->evp.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
      break;
  }
  if (!key->ed25519 && !key->evp) {
    return Error{"key generation failed", "OpenSSL could not generate the key"};
  }
  return JwsSigningKey(std::move(key));
}

Result<JwsSigningKey> JwsSigningKey::from_ed25519_seed(std::span<const std::uint8_t> seed) {
  auto pair = Ed25519KeyPair::from_seed(seed);
  if (!pair.ok()) return invalid_key("an Ed25519 seed must be 32 bytes");
  auto key = std::make_shared<Key>();
  key->algorithm = JwsAlgorithm::kEdDsa;
  key->ed25519.emplace(std::move(pair).value());
  return JwsSigningKey(std::move(key));
}

Result<JwsSigningKey> JwsSigningKey::from_pkcs8(std::span<const std::uint8_t> der) {
  const unsigned char* cursor = der.data();
  Pkcs8Ptr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, static_cast<long>(der.size())));
  if (!info || cursor != der.data() + der.size()) {
    return invalid_key("not one DER PKCS#8 PrivateKeyInfo");
  }
  EvpPkeyPtr evp(EVP_PKCS82PKEY(info.get()));
  if (!evp) return invalid_key("PKCS#8 holds no key OpenSSL can read");
  if (EVP_PKEY_is_a(evp.get(), "ED25519")) {
    std::array<std::uint8_t, 32> seed{};
    std::size_t length = seed.size();
    const bool read =
        EVP_PKEY_get_raw_private_key(evp.get(), seed.data(), &length) == 1 && length == seed.size();
    auto key = read ? from_ed25519_seed(seed) : invalid_key("unreadable Ed25519 key");
    OPENSSL_cleanse(seed.data(), seed.size());
    return key;
  }
  auto key = std::make_shared<Key>();
  if (EVP_PKEY_is_a(evp.get(), "RSA")) {
    if (rsa_bits_of(*evp) < kMinRsaBits) {
      return invalid_key("RSA key of " + std::to_string(rsa_bits_of(*evp)) +
                         " bits; RS256 needs at least 2048");
    }
    key->algorithm = JwsAlgorithm::kRs256;
  } else if (is_p256_key(*evp)) {
    key->algorithm = JwsAlgorithm::kEs256;
  } else {
    return invalid_key("only RSA, EC P-256 and Ed25519 keys sign JWS here");
  }
  key->evp = std::move(evp);
  return JwsSigningKey(std::move(key));
}

JwsAlgorithm JwsSigningKey::algorithm() const { return key_->algorithm; }

Bytes JwsSigningKey::pkcs8() const {
  if (key_->evp) return pkcs8_of(key_->evp.get());
  const auto seed = key_->ed25519->seed();
  EvpPkeyPtr evp(
      EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, seed.data(), seed.size()));
  if (!evp) throw Failure("invalid key", "OpenSSL cannot hold the Ed25519 key");
  return pkcs8_of(evp.get());
}

PublicJwk JwsSigningKey::public_jwk() const {
  if (key_->ed25519) return jwk_of_ed25519(key_->ed25519->public_key());
  auto members = public_jwk_members_of(*key_->evp);
  // The key was checked when it was made, so only a broken OpenSSL makes this fail.
  if (!members.ok()) throw Failure(members.error().code, members.error().message);
  return PublicJwk{std::move(members).value()};
}

Result<Bytes> JwsSigningKey::sign(std::string_view signing_input) const {
  if (key_->ed25519) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(signing_input.data());
    const auto signature = key_->ed25519->sign(std::span(data, signing_input.size()));
    return Bytes(signature.begin(), signature.end());
  }
  return evp_sign(key_->evp.get(), key_->algorithm, signing_input);
}

}  // namespace cairn::crypto::jose
