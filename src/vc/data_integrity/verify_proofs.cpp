#include "vc/data_integrity/verify_proofs.h"

#include <algorithm>
#include <boost/json/monotonic_resource.hpp>
#include <optional>

#include "crypto/multibase.h"
#include "vc/data_integrity/cryptosuites.h"
#include "vc/data_integrity/errors.h"
#include "vc/data_integrity/proof_configuration.h"
#include "vc/data_integrity/proof_set.h"

namespace cairn::vc::data_integrity {
namespace {

std::string string_member(const boost::json::object& proof, std::string_view key) {
  const auto* value = proof.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : std::string();
}

// The signature in proofValue: base58btc multibase of 64 bytes (vc-di-eddsa, "DataIntegrityProof";
// Ed25519Signature2020 likewise).
Result<crypto::Bytes> signature_of(const boost::json::object& proof) {
  const auto* value = proof.if_contains("proofValue");
  if (value == nullptr || !value->is_string()) {
    return Error{errors::kProofVerificationError, "the proof has no proofValue string"};
  }
  const boost::json::string& text = value->get_string();
  if (text.empty() || text[0] != 'z') {
    return Error{errors::kProofVerificationError,
                 "proofValue must be base58btc multibase (start with 'z')"};
  }
  auto bytes = crypto::decode_multibase(text, 64);
  if (!bytes || bytes->size() != 64) {
    return Error{errors::kProofVerificationError,
                 "proofValue is not a base58btc-encoded 64-byte Ed25519 signature"};
  }
  return bytes;
}

// Verify Proof (steps 4-8) and the suite's verification, for one proof over `input_document`
// without its top-level member `left_out` ("" for none). Returns nullopt when the proof is valid,
// else why not.
std::optional<std::string> check_proof(const boost::json::object& input_document,
                                       std::string_view left_out, const boost::json::object& proof,
                                       const Ed25519KeyLookup& lookup,
                                       const SuiteContext& context) {
  for (const char* member : {"type", "verificationMethod", "proofPurpose"}) {
    const auto* value = proof.if_contains(member);
    if (value == nullptr || !value->is_string()) {
      return std::string("the proof has no \"") + member + "\" string";
    }
  }
  const std::string type = string_member(proof, "type");
  const auto* cryptosuite_value = proof.if_contains("cryptosuite");
  if (cryptosuite_value != nullptr && !cryptosuite_value->is_string()) {
    return std::string("the proof's \"cryptosuite\" is not a string");
  }
  const std::string cryptosuite = string_member(proof, "cryptosuite");
  const Cryptosuite* suite = find_cryptosuite(type, cryptosuite);
  if (suite == nullptr) {
    return "unsupported proof type \"" + type + "\"" +
           (cryptosuite.empty() ? "" : " with cryptosuite \"" + cryptosuite + "\"");
  }
  if (auto error = check_proof_configuration(proof, type, cryptosuite)) return error->message;
  const auto signature = signature_of(proof);
  if (!signature) return signature.error().message;

  const std::string verification_method = string_member(proof, "verificationMethod");
  const auto public_key = lookup(verification_method);
  if (!public_key) {
    return "no key for verification method \"" + verification_method +
           "\": " + public_key.error().to_string();
  }

  boost::json::monotonic_resource arena;
  boost::json::object proof_config(proof.size(), &arena);
  for (const auto& member : proof) {
    if (member.key() != "proofValue") proof_config.emplace(member.key(), member.value());
  }
  const auto inputs = suite->canonicalize_without(input_document, left_out, proof_config, context);
  if (!inputs) return inputs.error().to_string();
  if (!crypto::verify_ed25519(*public_key, hash_data(*inputs), *signature)) {
    return std::string("the signature does not match the document and proof");
  }
  return std::nullopt;
}

// Verify Proof Sets and Chains, step 3: a proof's input document and any reason it cannot have
// one (a previousProof that names no proof).
std::optional<std::string> check_proof_in_set(const boost::json::object& secured_document,
                                              const ProofList& all_proofs, std::size_t index,
                                              const Ed25519KeyLookup& lookup,
                                              const SuiteContext& context) {
  const boost::json::object& proof = *all_proofs[index];
  ProofList chained;
  if (const auto* previous = proof.if_contains("previousProof")) {
    auto named = previous_proofs(*previous, all_proofs, errors::kProofVerificationError);
    if (!named) return named.error().message;
    chained = std::move(*named);
  }
  // Without a chain the input is the secured document without its proof: read in place.
  if (chained.empty()) return check_proof(secured_document, "proof", proof, lookup, context);
  unsigned char first_block[8 << 10];  // a credential's copy usually fits: no allocation
  boost::json::monotonic_resource arena(first_block, sizeof first_block);
  const boost::json::object input = input_document(secured_document, chained, &arena);
  return check_proof(input, "", proof, lookup, context);
}

// A proof in a chain is valid only when every proof it names is (Data Integrity, previousProof:
// "all of which MUST also verify"). Invalidity spreads along the chain until nothing changes.
void require_valid_previous_proofs(const ProofList& all_proofs,
                                   std::vector<ProofVerification>& results) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < all_proofs.size(); ++i) {
      const auto* previous = all_proofs[i]->if_contains("previousProof");
      if (!results[i].valid || previous == nullptr) continue;
      const auto named = previous_proofs(*previous, all_proofs, errors::kProofVerificationError);
      if (!named) continue;  // then the proof was already found invalid
      for (const boost::json::object* dependency : *named) {
        const std::size_t at =
            std::find(all_proofs.begin(), all_proofs.end(), dependency) - all_proofs.begin();
        if (results[at].valid) continue;
        results[i].valid = false;
        results[i].message = "it depends on proof " + std::to_string(at) + " (previousProof \"" +
                             string_member(*dependency, "id") + "\"), which is not valid";
        changed = true;
        break;
      }
    }
  }
}

}  // namespace

Result<std::vector<ProofVerification>> verify_proofs(const boost::json::object& secured_document,
                                                     const Ed25519KeyLookup& lookup,
                                                     const SuiteContext& context) {
  const auto all_proofs = proofs_of(secured_document, context.limits().max_proofs);
  if (!all_proofs) return all_proofs.error();
  if (all_proofs->empty()) {
    return Error{errors::kParsingError, "the document has no proof"};
  }

  std::vector<ProofVerification> results;
  results.reserve(all_proofs->size());
  for (std::size_t i = 0; i < all_proofs->size(); ++i) {
    const boost::json::object& proof = *(*all_proofs)[i];
    ProofVerification result;
    result.index = i;
    result.type = string_member(proof, "type");
    result.cryptosuite = string_member(proof, "cryptosuite");
    result.verification_method = string_member(proof, "verificationMethod");
    result.created = string_member(proof, "created");
    result.proof_purpose = string_member(proof, "proofPurpose");
    auto failure = check_proof_in_set(secured_document, *all_proofs, i, lookup, context);
    result.valid = !failure;
    if (failure) result.message = std::move(*failure);
    results.push_back(std::move(result));
  }
  require_valid_previous_proofs(*all_proofs, results);
  return results;
}

}  // namespace cairn::vc::data_integrity
