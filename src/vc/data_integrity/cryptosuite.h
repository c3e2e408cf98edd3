// Cryptosuite: one Data Integrity cryptographic suite, as the interface the generic algorithms
// (add_proof, verify_proofs) run: which proof `type`/`cryptosuite` it handles, which JSON-LD
// context defines its terms, how it turns proof options into a proof configuration, and how it
// canonicalizes a document and a proof configuration into the two texts whose hashes are signed.
//
// Every suite here signs with Ed25519 over hashData = SHA-256(canonical proof configuration) ||
// SHA-256(canonical document) (canonical_inputs.h); only the canonicalization differs, so the
// signing and checking steps are shared (create_proof.h, verify_proof.h) and a verifier never
// needs to know which suite it runs.
//
// Implementations: eddsa_rdfc_2022() and ed25519_signature_2020() (rdfc_cryptosuite.h),
// eddsa_jcs_2022() (jcs_cryptosuite.h); find_cryptosuite() (cryptosuites.h) picks one by name.
//
// Thread-safety: suites are immutable singletons; every member function may be called from
// several threads at once.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string_view>

#include "common/result.h"
#include "vc/data_integrity/canonical_inputs.h"
#include "vc/data_integrity/suite_context.h"

namespace cairn::vc::data_integrity {

class Cryptosuite {
 public:
  virtual ~Cryptosuite() = default;

  // The proof's `type` ("DataIntegrityProof", "Ed25519Signature2020") and `cryptosuite`
  // ("eddsa-rdfc-2022", "eddsa-jcs-2022"; empty when the type alone names the suite).
  virtual std::string_view proof_type() const = 0;
  virtual std::string_view cryptosuite() const = 0;

  // The context add_proof appends to a document whose @context does not define the suite's
  // terms (Data Integrity, "Context Injection").
  virtual std::string_view suite_context() const = 0;

  // Whether `context` (a document's "@context" value; nullptr when it has none) lists a context
  // that defines the suite's proof terms.
  virtual bool defines_suite_terms(const boost::json::value* context) const = 0;

  // Proof Configuration at creation: returns the proof, without proofValue, that will be
  // signed and stored for `proof_options` on `document` (eddsa-jcs-2022 adds the document's
  // @context to it). Error "proof generation error" when the options do not belong to this
  // suite.
  virtual Result<boost::json::object> configure_proof(const boost::json::object& document,
                                                      boost::json::object proof_options) const = 0;

  // Transformation and proof configuration canonicalization: returns the canonical forms of
  // `unsecured_document` (without its proof, or with only the proofs a chain depends on) and of
  // `proof_config` (the proof without proofValue), as the suite's verification algorithm
  // computes them; for a configuration from configure_proof they are what creation signs.
  // Errors: "invalid proof" when the proof cannot belong to the document (a missing suite
  // context, an eddsa-jcs-2022 @context that the document's does not start with), or the error
  // of JSON-LD processing, RDFC-1.0 or JCS.
  Result<CanonicalInputs> canonicalize(const boost::json::object& unsecured_document,
                                       const boost::json::object& proof_config,
                                       const SuiteContext& context) const {
    return canonicalize_without(unsecured_document, {}, proof_config, context);
  }
  // The same for `document` as if its top-level member `left_out` (a secured document's
  // "proof"; "" for none) were not there: verification reads the document in place instead of
  // copying it without its proof.
  virtual Result<CanonicalInputs> canonicalize_without(const boost::json::object& document,
                                                       std::string_view left_out,
                                                       const boost::json::object& proof_config,
                                                       const SuiteContext& context) const = 0;
};

}  // namespace cairn::vc::data_integrity
