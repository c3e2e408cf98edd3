#include "rfc_keys.h"

#include <gtest/gtest.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>
#include <vector>

#include "crypto/base64url.h"

namespace cairn::crypto::jose::testing {
namespace {

template <class T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* pointer) const { Free(pointer); }
};
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;

BnPtr bignum(std::string_view base64url) {
  const Bytes bytes = base64url_bytes(base64url);
  return BnPtr(BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr));
}

Bytes pkcs8_of(EVP_PKEY* key) {
  std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>> info(
      EVP_PKEY2PKCS8(key));
  if (!info) throw std::runtime_error("EVP_PKEY2PKCS8 failed");
  unsigned char* der = nullptr;
  const int length = i2d_PKCS8_PRIV_KEY_INFO(info.get(), &der);
  if (length <= 0) throw std::runtime_error("i2d_PKCS8_PRIV_KEY_INFO failed");
  Bytes result(der, der + length);
  OPENSSL_free(der);
  return result;
}

Bytes keypair_pkcs8(const char* type, OSSL_PARAM_BLD* builder) {
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(builder);
  EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
  EVP_PKEY* key = nullptr;
  const bool made = params && context && EVP_PKEY_fromdata_init(context) == 1 &&
                    EVP_PKEY_fromdata(context, &key, EVP_PKEY_KEYPAIR, params) == 1;
  OSSL_PARAM_free(params);
  EVP_PKEY_CTX_free(context);
  if (!made) throw std::runtime_error("EVP_PKEY_fromdata failed");
  PkeyPtr owned(key);
  return pkcs8_of(owned.get());
}

}  // namespace

Bytes base64url_bytes(std::string_view text) {
  auto bytes = decode_base64url(text);
  if (!bytes.ok()) throw std::runtime_error("bad base64url in a test vector");
  return std::move(bytes).value();
}

Bytes rfc7515_rsa_pkcs8() {
  std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>> builder(
      OSSL_PARAM_BLD_new());
  std::vector<BnPtr> numbers;
  const std::pair<const char*, std::string_view> members[] = {
      {OSSL_PKEY_PARAM_RSA_N, kRsaN},          {OSSL_PKEY_PARAM_RSA_E, kRsaE},
      {OSSL_PKEY_PARAM_RSA_D, kRsaD},          {OSSL_PKEY_PARAM_RSA_FACTOR1, kRsaP},
      {OSSL_PKEY_PARAM_RSA_FACTOR2, kRsaQ},    {OSSL_PKEY_PARAM_RSA_EXPONENT1, kRsaDp},
      {OSSL_PKEY_PARAM_RSA_EXPONENT2, kRsaDq}, {OSSL_PKEY_PARAM_RSA_COEFFICIENT1, kRsaQi}};
  for (const auto& [name, value] : members) {
    numbers.push_back(bignum(value));
    OSSL_PARAM_BLD_push_BN(builder.get(), name, numbers.back().get());
  }
  return keypair_pkcs8("RSA", builder.get());
}

Bytes rfc7515_ec_pkcs8() {
  std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>> builder(
      OSSL_PARAM_BLD_new());
  Bytes point{0x04};
  for (const auto coordinate : {kEcX, kEcY}) {
    const Bytes bytes = base64url_bytes(coordinate);
    point.insert(point.end(), bytes.begin(), bytes.end());
  }
  const BnPtr d = bignum(kEcD);
  OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
  OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                   point.size());
  OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get());
  return keypair_pkcs8("EC", builder.get());
}

Bytes generated_rsa_pkcs8(unsigned bits) {
  PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(bits)));
  if (!key) throw std::runtime_error("RSA key generation failed");
  return pkcs8_of(key.get());
}

Bytes generated_ec_pkcs8(const char* curve) {
  PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
  if (!key) throw std::runtime_error("EC key generation failed");
  return pkcs8_of(key.get());
}

const JwsSigningKey& key_for(JwsAlgorithm algorithm) {
  switch (algorithm) {
    case JwsAlgorithm::kEdDsa: {
      static const JwsSigningKey eddsa = JwsSigningKey::generate(JwsAlgorithm::kEdDsa).value();
      return eddsa;
    }
    case JwsAlgorithm::kRs256: {
      static const JwsSigningKey rs256 = JwsSigningKey::from_pkcs8(rfc7515_rsa_pkcs8()).value();
      return rs256;
    }
    case JwsAlgorithm::kEs256: {
      static const JwsSigningKey es256 = JwsSigningKey::generate(JwsAlgorithm::kEs256).value();
      return es256;
    }
  }
  throw std::logic_error("unknown algorithm");
}

}  // namespace cairn::crypto::jose::testing
