// verify_proofs: checks every Data Integrity proof of a secured document (Verifiable Credential
// Data Integrity 1.0, "Verify Proof" and "Verify Proof Sets and Chains") with the suite each
// proof names: eddsa-rdfc-2022, eddsa-jcs-2022 or Ed25519Signature2020.
//
// Each proof is checked over the document without its proofs, plus, for a proof with
// `previousProof`, the proofs it names (a proof chain); such a proof is valid only when those are
// valid too. A proof that cannot be checked (an unknown suite, a missing member, a key the lookup
// cannot give, a document that cannot be canonicalized, a bad signature) is reported invalid with
// a message saying why; it never stops the others from being checked.
//
// What this does not decide: whether the key belongs to the issuer, whether the proof purpose is
// the one expected, whether `expires` has passed. The caller checks those with the fields of
// ProofVerification (the verifier's issuer-key and validity checks).
//
// Thread-safety: may be called from several threads at once with the same SuiteContext, when the
// key lookup may be too.
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "crypto/ed25519.h"
#include "vc/data_integrity/suite_context.h"

namespace cairn::vc::data_integrity {

struct ProofVerification {
  std::size_t index = 0;  // position in the document's proof list (0 for a lone proof object)
  std::string type;
  std::string cryptosuite;  // empty when the proof has none
  std::string verification_method;
  std::string created;  // empty when the proof has none
  std::string proof_purpose;
  bool valid = false;
  std::string message;  // why it is not valid; empty when it is
};

// Returns the public key of a verification method (a DID URL or URL), or an Error saying why
// it cannot (unknown DID, no such method, a key that is not Ed25519, ...).
using Ed25519KeyLookup =
    std::function<Result<crypto::Ed25519PublicKey>(std::string_view verification_method)>;

// Returns one ProofVerification per proof, in document order, or an Error only when there is
// nothing to verify: "parsing error" when the document has no "proof" or it is not an object or
// an array of objects, "limit exceeded" when it has more than limits().max_proofs proofs.
Result<std::vector<ProofVerification>> verify_proofs(const boost::json::object& secured_document,
                                                     const Ed25519KeyLookup& lookup,
                                                     const SuiteContext& context);

}  // namespace cairn::vc::data_integrity
