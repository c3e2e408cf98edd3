#include "vc/credential_signer.h"

#include <boost/json/serialize.hpp>
#include <utility>

#include "crypto/ed25519.h"
#include "crypto/jose/jws_signing_key.h"
#include "crypto/multikey.h"
#include "vc/credential_fields.h"
#include "vc/data_integrity/add_proof.h"
#include "vc/issuer_key_set.h"
#include "vc/jwt/encode_vc_jwt.h"
#include "vc/structure/credential_structure.h"

namespace cairn::vc {
namespace {

crypto::KeyAlgorithm algorithm_of(SigningSuite suite) {
  switch (suite) {
    case SigningSuite::kVcJwtRs256:
      return crypto::KeyAlgorithm::kRsa;
    case SigningSuite::kVcJwtEs256:
      return crypto::KeyAlgorithm::kP256;
    default:
      return crypto::KeyAlgorithm::kEd25519;
  }
}

Result<std::string> sign_with_proof(boost::json::object credential, const crypto::StoredKey& key,
                                    SigningSuite suite, std::string_view created,
                                    const data_integrity::SuiteContext& context) {
  // The opened key file checked that the seed gives this public key.
  Result<crypto::Ed25519PublicKey> public_key =
      crypto::decode_ed25519_public_multikey(key.public_key);
  Result<crypto::Ed25519KeyPair> pair =
      public_key ? crypto::Ed25519KeyPair::from_checked_seed(key.secret.view(), *public_key)
                 : Result<crypto::Ed25519KeyPair>(public_key.error());
  if (!pair)
    return Error{"invalid key file", "the secret of " + key.id + " is not an Ed25519 seed"};
  data_integrity::ProofOptions options;
  options.cryptosuite = signing_suite_name(suite);
  options.created = std::string(created);
  options.verification_method = key.id;
  Result<boost::json::object> signed_credential =
      data_integrity::add_proof(std::move(credential), options, *pair, context);
  if (!signed_credential) return signed_credential.error();
  return boost::json::serialize(*signed_credential);
}

Result<std::string> sign_as_jwt(const boost::json::object& credential,
                                const crypto::StoredKey& key) {
  Result<crypto::jose::JwsSigningKey> signing =
      key.algorithm == crypto::KeyAlgorithm::kEd25519
          ? crypto::jose::JwsSigningKey::from_ed25519_seed(key.secret.view())
          : crypto::jose::JwsSigningKey::from_pkcs8(key.secret.view());
  if (!signing)
    return Error{"invalid key file", "the secret of " + key.id + " is not a usable key"};
  return jwt::encode_vc_jwt(credential, *signing, key.id);
}

}  // namespace

std::string_view signing_suite_name(SigningSuite suite) {
  return kSigningSuiteNames[static_cast<std::size_t>(suite)];
}

Result<SigningSuite> signing_suite_named(std::string_view name) {
  for (std::size_t i = 0; i < kSigningSuiteNames.size(); ++i) {
    if (kSigningSuiteNames[i] == name) return static_cast<SigningSuite>(i);
  }
  return Error{"invalid option", "unknown suite \"" + std::string(name) +
                                     "\"; use eddsa-rdfc-2022, eddsa-jcs-2022, vc-jwt-rs256, "
                                     "vc-jwt-es256 or vc-jwt-eddsa"};
}

Result<std::string> sign_credential(boost::json::object credential, const crypto::KeyFile& keys,
                                    SigningSuite suite, std::string_view created,
                                    const data_integrity::SuiteContext& context) {
  const std::string issuer = issuer_id_of(credential);
  if (issuer != keys.controller) {
    return Error{"issuer mismatch", "the credential's issuer is \"" + issuer +
                                        "\" but the key file's controller is \"" + keys.controller +
                                        "\"; only the issuer may sign"};
  }
  const structure::StructureReport structure = structure::validate_credential_structure(credential);
  if (!structure.ok()) {
    std::string issues;
    for (const structure::StructureIssue& issue : structure.issues) {
      if (issue.severity != structure::Severity::kError) continue;
      issues += (issues.empty() ? "" : "; ") + issue.path + ": " + issue.message;
    }
    return Error{"invalid credential", issues};
  }
  Result<const crypto::StoredKey*> key = signing_key_of(keys, algorithm_of(suite));
  if (!key) return key.error();
  if (suite == SigningSuite::kEddsaRdfc2022 || suite == SigningSuite::kEddsaJcs2022) {
    return sign_with_proof(std::move(credential), **key, suite, created, context);
  }
  return sign_as_jwt(credential, **key);
}

}  // namespace cairn::vc
