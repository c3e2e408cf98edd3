#include "vc/data_integrity/add_proof.h"

#include <boost/json/array.hpp>
#include <string>
#include <utility>

#include "crypto/multibase.h"
#include "vc/data_integrity/cryptosuites.h"
#include "vc/data_integrity/document_context.h"
#include "vc/data_integrity/errors.h"
#include "vc/data_integrity/proof_set.h"

namespace cairn::vc::data_integrity {
namespace {

// Add Proof, steps 1-2, with the suite's Create Proof: returns the signed proof of
// `input_document`.
Result<boost::json::object> create_proof(const Cryptosuite& suite,
                                         const boost::json::object& input_document,
                                         boost::json::object proof_options,
                                         const crypto::Ed25519KeyPair& key,
                                         const SuiteContext& context) {
  auto proof = suite.configure_proof(input_document, std::move(proof_options));
  if (!proof) return proof.error();
  const auto inputs = suite.canonicalize(input_document, *proof, context);
  if (!inputs) return inputs.error();
  const crypto::Ed25519Signature signature = key.sign(hash_data(*inputs));
  proof->emplace("proofValue", crypto::encode_multibase(crypto::Multibase::kBase58Btc, signature));
  return proof;
}

}  // namespace

Result<boost::json::object> add_proof(boost::json::object document, const ProofOptions& options,
                                      const crypto::Ed25519KeyPair& key,
                                      const SuiteContext& context) {
  const Cryptosuite* suite = find_cryptosuite(options.type, options.cryptosuite);
  if (suite == nullptr) {
    return errors::proof_generation_error("no cryptosuite for proof type \"" + options.type +
                                          "\" and cryptosuite \"" + options.cryptosuite + "\"");
  }
  if (options.verification_method.empty() || options.proof_purpose.empty()) {
    return errors::proof_generation_error(
        "a proof needs a verification method and a proof purpose");
  }
  const auto all_proofs = proofs_of(document, context.limits().max_proofs);
  if (!all_proofs) return all_proofs.error();

  // Without proofs the document is the output's start as it is; `all_proofs` points into it
  // otherwise, so it is copied.
  boost::json::object output =
      all_proofs->empty() ? std::move(document) : input_document(document, {});
  if (!suite->defines_suite_terms(find_context(output))) {
    if (!all_proofs->empty()) {
      return errors::proof_generation_error(
          "the document's @context does not define the terms of a " + options.type +
          " proof, and adding " + std::string(suite->suite_context()) +
          " would change what its existing proofs cover");
    }
    append_context(output, suite->suite_context());
  }

  boost::json::object proof_options = to_json(options);
  ProofList chained;
  if (const auto* previous = proof_options.if_contains("previousProof")) {
    auto named = previous_proofs(*previous, *all_proofs, errors::kProofGenerationError);
    if (!named) return named.error();
    chained = std::move(*named);
  }
  const boost::json::object chain_input =
      chained.empty() ? boost::json::object() : input_document(output, chained);
  auto proof = create_proof(*suite, chained.empty() ? output : chain_input,
                            std::move(proof_options), key, context);
  if (!proof) return proof.error();

  if (all_proofs->empty()) {
    output.emplace("proof", std::move(*proof));
  } else {
    boost::json::array proofs;
    for (const boost::json::object* existing : *all_proofs) proofs.emplace_back(*existing);
    proofs.emplace_back(std::move(*proof));
    output.emplace("proof", std::move(proofs));
  }
  return output;
}

}  // namespace cairn::vc::data_integrity
