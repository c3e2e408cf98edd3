// ProofOptions: what a signer says about the proof add_proof makes, and the JSON members they
// become in the proof, in the order the vc-di-eddsa test vectors write them.
//
// Thread-safety: plain values and a pure function.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cairn::vc::data_integrity {

struct ProofOptions {
  std::string type = "DataIntegrityProof";      // or "Ed25519Signature2020"
  std::string cryptosuite = "eddsa-rdfc-2022";  // "eddsa-jcs-2022"; "" for Ed25519Signature2020
  std::string created;  // XML Schema dateTime, e.g. "2023-02-24T23:36:38Z"; "" leaves it out
  std::string verification_method;  // URL of the key, e.g. "did:key:z6Mk...#z6Mk..."
  std::string proof_purpose = "assertionMethod";
  // The id(s) of proofs already in the document that this one chains to (a proof chain).
  std::optional<std::variant<std::string, std::vector<std::string>>> previous_proof;
  std::optional<std::string> id;  // the proof's own id, so a later proof can chain to it
  std::optional<std::string> domain;
  std::optional<std::string> challenge;
  std::optional<std::string> expires;
};

// Returns the proof members: type, id, cryptosuite, created, expires, verificationMethod,
// proofPurpose, previousProof, domain, challenge; empty and absent options are left out. Never
// fails; add_proof checks the values.
boost::json::object to_json(const ProofOptions& options);

}  // namespace cairn::vc::data_integrity
