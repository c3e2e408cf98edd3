#include "crypto/jose/evp_key.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>

#include <string>
#include <vector>

#include "crypto/base64url.h"

namespace cairn::crypto::jose {
namespace {

struct BnFree {
  void operator()(BIGNUM* bn) const { BN_free(bn); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

struct ParamBuildFree {
  void operator()(OSSL_PARAM_BLD* builder) const { OSSL_PARAM_BLD_free(builder); }
};
struct ParamFree {
  void operator()(OSSL_PARAM* params) const { OSSL_PARAM_free(params); }
};
struct PkeyCtxFree {
  void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
};

Error jwk_error(const std::string& message) { return Error{"invalid jwk", message}; }

BnPtr bignum_of(std::span<const std::uint8_t> big_endian) {
  return BnPtr(BN_bin2bn(big_endian.data(), static_cast<int>(big_endian.size()), nullptr));
}

// Builds a public key of `type` ("RSA" or "EC") from the parameters `builder` holds.
Result<EvpPkeyPtr> public_key_from(const char* type, OSSL_PARAM_BLD* builder,
                                   const std::string& what) {
  std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(builder));
  std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> context(
      EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
  EVP_PKEY* key = nullptr;
  if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
      EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
    return jwk_error(what + " is not a valid public key");
  }
  EvpPkeyPtr owned(key);
  // fromdata only decodes; the public check is what rejects, e.g., an EC point off the curve.
  std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> check(
      EVP_PKEY_CTX_new_from_pkey(nullptr, owned.get(), nullptr));
  if (!check || EVP_PKEY_public_check(check.get()) != 1) {
    return jwk_error(what + " is not a valid public key");
  }
  return owned;
}

std::string base64url_of_bignum(const BIGNUM* bn, int width) {
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(width));
  BN_bn2binpad(bn, bytes.data(), width);
  return encode_base64url(bytes);
}

BnPtr bn_param(const EVP_PKEY& key, const char* name) {
  BIGNUM* bn = nullptr;
  EVP_PKEY_get_bn_param(&key, name, &bn);
  return BnPtr(bn);
}

}  // namespace

Result<EvpPkeyPtr> rsa_public_key_of(std::span<const std::uint8_t> n,
                                     std::span<const std::uint8_t> e) {
  const BnPtr modulus = bignum_of(n);
  const BnPtr exponent = bignum_of(e);
  std::unique_ptr<OSSL_PARAM_BLD, ParamBuildFree> builder(OSSL_PARAM_BLD_new());
  if (!modulus || !exponent || !builder ||
      OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
      OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1) {
    return jwk_error("RSA n and e are not a valid public key");
  }
  return public_key_from("RSA", builder.get(), "RSA n and e");
}

Result<EvpPkeyPtr> p256_public_key_of(std::span<const std::uint8_t> x,
                                      std::span<const std::uint8_t> y) {
  // SEC 1 uncompressed point: 0x04 || x || y.
  std::vector<std::uint8_t> point{0x04};
  point.insert(point.end(), x.begin(), x.end());
  point.insert(point.end(), y.begin(), y.end());
  std::unique_ptr<OSSL_PARAM_BLD, ParamBuildFree> builder(OSSL_PARAM_BLD_new());
  if (!builder ||
      OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) !=
          1 ||
      OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                       point.size()) != 1) {
    return jwk_error("EC x and y are not a point on P-256");
  }
  return public_key_from("EC", builder.get(), "EC x and y (P-256)");
}

Result<boost::json::object> public_jwk_members_of(const EVP_PKEY& key) {
  boost::json::object members;
  if (EVP_PKEY_is_a(&key, "RSA")) {
    const BnPtr n = bn_param(key, OSSL_PKEY_PARAM_RSA_N);
    const BnPtr e = bn_param(key, OSSL_PKEY_PARAM_RSA_E);
    if (!n || !e) return jwk_error("the RSA key has no public parameters");
    members["kty"] = "RSA";
    members["n"] = base64url_of_bignum(n.get(), BN_num_bytes(n.get()));
    members["e"] = base64url_of_bignum(e.get(), BN_num_bytes(e.get()));
    return members;
  }
  if (is_p256_key(key)) {
    const BnPtr x = bn_param(key, OSSL_PKEY_PARAM_EC_PUB_X);
    const BnPtr y = bn_param(key, OSSL_PKEY_PARAM_EC_PUB_Y);
    if (!x || !y) return jwk_error("the EC key has no public point");
    members["kty"] = "EC";
    members["crv"] = "P-256";
    members["x"] = base64url_of_bignum(x.get(), 32);
    members["y"] = base64url_of_bignum(y.get(), 32);
    return members;
  }
  return jwk_error("only RSA and P-256 keys convert to a JWK here");
}

std::size_t rsa_bits_of(const EVP_PKEY& key) {
  return static_cast<std::size_t>(EVP_PKEY_get_bits(&key));
}

bool is_p256_key(const EVP_PKEY& key) {
  if (!EVP_PKEY_is_a(&key, "EC")) return false;
  char group[64] = {};
  std::size_t length = 0;
  if (EVP_PKEY_get_group_name(&key, group, sizeof group, &length) != 1) return false;
  const std::string_view name(group, length);
  return name == "prime256v1" || name == "P-256";
}

}  // namespace cairn::crypto::jose
