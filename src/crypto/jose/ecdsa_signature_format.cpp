#include "crypto/jose/ecdsa_signature_format.h"

#include <openssl/bn.h>
#include <openssl/ec.h>

#include <memory>

namespace cairn::crypto::jose {
namespace {

struct EcdsaSigFree {
  void operator()(ECDSA_SIG* signature) const { ECDSA_SIG_free(signature); }
};
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, EcdsaSigFree>;

Error invalid_signature(const char* message) { return Error{"invalid signature", message}; }

}  // namespace

Result<Bytes> der_of_jose_ecdsa_signature(std::span<const std::uint8_t> jose) {
  if (jose.empty() || jose.size() % 2 != 0) {
    return invalid_signature("an ECDSA signature must be r||s of equal widths");
  }
  const auto half = static_cast<int>(jose.size() / 2);
  BIGNUM* r = BN_bin2bn(jose.data(), half, nullptr);
  BIGNUM* s = BN_bin2bn(jose.data() + half, half, nullptr);
  EcdsaSigPtr signature(ECDSA_SIG_new());
  if (r == nullptr || s == nullptr || !signature || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    return invalid_signature("cannot build the ECDSA signature");
  }
  unsigned char* der = nullptr;
  const int length = i2d_ECDSA_SIG(signature.get(), &der);
  if (length <= 0) return invalid_signature("cannot encode the ECDSA signature");
  Bytes result(der, der + length);
  OPENSSL_free(der);
  return result;
}

Result<Bytes> jose_of_der_ecdsa_signature(std::span<const std::uint8_t> der, std::size_t width) {
  const unsigned char* cursor = der.data();
  EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
  if (!signature || cursor != der.data() + der.size()) {
    return invalid_signature("not one DER ECDSA-Sig-Value");
  }
  const BIGNUM* r = ECDSA_SIG_get0_r(signature.get());
  const BIGNUM* s = ECDSA_SIG_get0_s(signature.get());
  Bytes result(2 * width);
  if (BN_bn2binpad(r, result.data(), static_cast<int>(width)) < 0 ||
      BN_bn2binpad(s, result.data() + width, static_cast<int>(width)) < 0) {
    return invalid_signature("r or s is wider than the curve");
  }
  return result;
}

}  // namespace cairn::crypto::jose
