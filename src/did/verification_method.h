// VerificationMethod and find_verification_method: the public key a DID document (or any
// controller document, such as an issuer profile) publishes under a verification method id, with
// what the document says about it (controller, revocation, the relationships that list it).
//
// A method is found whether the document lists it in `verificationMethod` or embeds it in a
// relationship (`assertionMethod`, `authentication`, ...). Ids written relative to the document
// ("#key-1") are resolved against the document's `id`, both in the document and in the query.
//
// Key types read:
//   Multikey                    publicKeyMultibase (Ed25519 only: multicodec 0xed01)
//   Ed25519VerificationKey2020  publicKeyMultibase (multicodec 0xed01)
//   Ed25519VerificationKey2018  publicKeyBase58 (the 32 raw key bytes)
//   JsonWebKey2020, JsonWebKey  publicKeyJwk (OKP/Ed25519, RSA, EC/P-256)
//
// Thread-safety: plain values and free functions without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/jose/jwk.h"

namespace cairn::did {

struct VerificationMethod {
  std::string id;  // absolute: a relative "#key-1" is resolved against the document's id
  std::string type;
  std::string controller;
  // An Ed25519 key for the Multikey and Ed25519VerificationKey* types; the checked public JWK for
  // JsonWebKey2020 and JsonWebKey (even when that JWK is an Ed25519 key).
  std::variant<crypto::Ed25519PublicKey, crypto::jose::PublicJwk> key;
  std::optional<std::string> revoked;  // RFC 3339 date-time, as written
  // The relationships of the document that list the method, by reference or embedded, in this
  // order: assertionMethod, authentication, capabilityInvocation, capabilityDelegation,
  // keyAgreement. Empty when only `verificationMethod` has it.
  std::vector<std::string> purposes;

  // Whether `purposes` holds `purpose`.
  bool has_purpose(std::string_view purpose) const;
};

// Returns the method whose id is `method_id` (absolute, or relative "#fragment"), or an Error:
//   "verification method not found"   no method has that id (the message names the id)
//   "unsupported verification method" a type other than those above, a Multikey of another
//                                     algorithm, or a JWK of another key type
//   "invalid verification method"     no type or controller, missing, duplicate or malformed key
//                                     material, `revoked` not an RFC 3339 date-time
//   "invalid DID document"            two different methods share the id
Result<VerificationMethod> find_verification_method(const boost::json::object& document,
                                                    std::string_view method_id);

// Returns the Ed25519 key of `method` (from its multibase or base58 key, or from an OKP/Ed25519
// JWK), or an Error "unsupported verification method" when its key is RSA or P-256.
Result<crypto::Ed25519PublicKey> ed25519_public_key_of(const VerificationMethod& method);

}  // namespace cairn::did
