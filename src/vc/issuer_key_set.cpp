#include "vc/issuer_key_set.h"

#include <boost/json/array.hpp>
#include <string>

#include "canon/json/json_parser.h"

namespace cairn::vc {

Result<boost::json::object> did_document_of(const crypto::KeyFile& keys) {
  boost::json::array methods;
  boost::json::array assertion;
  boost::json::array authentication;
  for (const crypto::StoredKey& key : keys.keys) {
    boost::json::object method{{"id", key.id}, {"type", key.type}, {"controller", keys.controller}};
    if (key.algorithm == crypto::KeyAlgorithm::kEd25519) {
      method["publicKeyMultibase"] = key.public_key;
      authentication.push_back(boost::json::string(key.id));
    } else {
      Result<boost::json::value> jwk = canon::json::parse_json(key.public_key);
      if (!jwk || !jwk->is_object()) {
        return Error{"invalid key file", "the public key of " + key.id + " is not a JWK object"};
      }
      method["publicKeyJwk"] = std::move(*jwk);
    }
    if (key.revoked) method["revoked"] = *key.revoked;
    methods.push_back(std::move(method));
    assertion.push_back(boost::json::string(key.id));
  }
  return boost::json::object{
      {"@context",
       boost::json::array{"https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"}},
      {"id", keys.controller},
      {"verificationMethod", std::move(methods)},
      {"assertionMethod", std::move(assertion)},
      {"authentication", std::move(authentication)}};
}

Result<const crypto::StoredKey*> signing_key_of(const crypto::KeyFile& keys,
                                                crypto::KeyAlgorithm algorithm) {
  for (auto key = keys.keys.rbegin(); key != keys.keys.rend(); ++key) {
    if (key->algorithm == algorithm && !key->revoked) return &*key;
  }
  std::string held;
  for (const crypto::StoredKey& key : keys.keys) {
    held += (held.empty() ? "" : ", ") + key.id + " (" +
            std::string(crypto::key_algorithm_name(key.algorithm)) +
            (key.revoked ? ", revoked" : "") + ")";
  }
  return Error{"no signing key",
               "the key file has no " + std::string(crypto::key_algorithm_name(algorithm)) +
                   " key that is not revoked; it holds: " + (held.empty() ? "no keys" : held) +
                   ". Add one with `cairn keygen --add`"};
}

}  // namespace cairn::vc
