#include <openssl/evp.h>

#include <boost/json/serialize.hpp>

#include "crypto/ed25519.h"
#include "crypto/jose/ecdsa_signature_format.h"
#include "crypto/jose/evp_key.h"
#include "crypto/jose/jwk_key_material.h"
#include "crypto/jose/jws.h"

namespace cairn::crypto::jose {
namespace {

constexpr std::size_t kEs256SignatureBytes = 64;

bool evp_verify(EVP_PKEY* key, std::string_view input, std::span<const std::uint8_t> signature) {
  std::unique_ptr<EVP_MD_CTX, MdCtxFree> context(EVP_MD_CTX_new());
  return context &&
         EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key,
                                 nullptr) == 1 &&
         EVP_DigestVerify(context.get(), signature.data(), signature.size(),
                          reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
}

Error mismatch(const std::string& message) { return Error{"jws algorithm mismatch", message}; }

}  // namespace

Result<bool> verify_jws_signature(const ParsedJws& jws, const PublicJwk& key) {
  const auto* alg = jws.header.if_contains("alg");
  if (alg == nullptr || !alg->is_string()) {
    return Error{"unsupported jws algorithm", "the protected header has no string \"alg\""};
  }
  auto algorithm = jws_algorithm_of(alg->as_string());
  if (!algorithm.ok()) return algorithm.error();
  auto material = key_material_of(key.members);
  if (!material.ok()) return material.error();
  const std::string alg_name(alg->as_string());
  if (key.key_type() != jws_key_type_of(*algorithm)) {
    return mismatch("alg \"" + alg_name + "\" needs a " + std::string(jws_key_type_of(*algorithm)) +
                    " key, not " + std::string(key.key_type()));
  }
  if (const auto* key_alg = key.members.if_contains("alg");
      key_alg != nullptr && (!key_alg->is_string() || key_alg->as_string() != alg_name)) {
    return mismatch("the key is for alg " + boost::json::serialize(*key_alg) +
                    ", the token says \"" + alg_name + "\"");
  }
  const auto& input = jws.signing_input;
  switch (*algorithm) {
    case JwsAlgorithm::kEdDsa: {
      const auto* data = reinterpret_cast<const std::uint8_t*>(input.data());
      return verify_ed25519(*material->ed25519, std::span(data, input.size()), jws.signature);
    }
    case JwsAlgorithm::kRs256:
      return evp_verify(material->evp.get(), input, jws.signature);
    case JwsAlgorithm::kEs256: {
      if (jws.signature.size() != kEs256SignatureBytes) return false;
      auto der = der_of_jose_ecdsa_signature(jws.signature);
      return der.ok() && evp_verify(material->evp.get(), input, *der);
    }
  }
  return false;
}

}  // namespace cairn::crypto::jose
