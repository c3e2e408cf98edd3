// Error codes of the Data Integrity algorithms: the error types Verifiable Credential Data
// Integrity 1.0 names (section "Processing Errors"), written the way Cairn writes codes.
//
// Thread-safety: constants and a pure function.
#pragma once

#include <string>
#include <utility>

#include "common/result.h"

namespace cairn::vc::data_integrity::errors {

// A document with no `proof`, or a `proof` that is neither an object nor an array of objects.
inline constexpr const char* kParsingError = "parsing error";
// add_proof could not make the proof: bad options, an unknown previousProof, a document that
// cannot be canonicalized.
inline constexpr const char* kProofGenerationError = "proof generation error";
// A proof that cannot be checked: missing members, an unknown suite, a proofValue that is not a
// multibase Ed25519 signature, a previousProof that names no proof of the document.
inline constexpr const char* kProofVerificationError = "proof verification error";
// A document or proof configuration the suite cannot canonicalize as the proof requires (its
// @context lacks the suite's terms, or does not start with the proof's @context).
inline constexpr const char* kProofTransformationError = "proof transformation error";

// An Error with code kProofGenerationError.
inline Error proof_generation_error(std::string message) {
  return Error{kProofGenerationError, std::move(message)};
}

}  // namespace cairn::vc::data_integrity::errors
