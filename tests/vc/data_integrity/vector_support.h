// Shared by the data integrity tests: the published test vectors' files, keys and proof options,
// and a SuiteContext whose loader also serves the two contexts the vc-di-eddsa vectors use that
// Cairn does not bundle.
#pragma once

#include <boost/json/object.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "canon/jsonld/chained_document_loader.h"
#include "contexts/bundled_document_loader.h"
#include "crypto/ed25519.h"
#include "vc/data_integrity/proof_options.h"
#include "vc/data_integrity/suite_context.h"
#include "vc/data_integrity/verify_proofs.h"

namespace cairn::vc::data_integrity::testing {

// ../shared/conformance/vc-di-eddsa/TestVectors and ../shared/conformance/ob3-spec.
std::filesystem::path vc_di_eddsa_dir();
std::filesystem::path ob3_spec_dir();

// The file's bytes ("" when it cannot be read).
std::string read_text(const std::filesystem::path& path);
// The file's JSON object; fails the calling test (ADD_FAILURE) and returns {} when it is not one.
boost::json::object read_json_object(const std::filesystem::path& path);
boost::json::object parse_json_object(std::string_view text);

// The Ed25519 key pair of a {"publicKeyMultibase", "privateKeyMultibase"} object, checked to
// agree with each other (the test fails otherwise).
crypto::Ed25519KeyPair key_pair_of(const boost::json::object& multikeys);

// ProofOptions holding the members of a published proof configuration or proof (type,
// cryptosuite, created, verificationMethod, proofPurpose, id, previousProof).
ProofOptions proof_options_of(const boost::json::object& proof_config);

// A key lookup that resolves did:key verification methods.
Ed25519KeyLookup did_key_lookup();

// Every object of `value`, recursively, with its members in reverse order.
boost::json::value with_members_reversed(const boost::json::value& value);

// The JSON Pointers of every string in `value`.
std::vector<std::string> string_pointers(const boost::json::value& value);

// A copy of `document` with one character of the string at `pointer` replaced by another (its last
// digit, or else its last letter, by the next of its kind).
boost::json::object with_one_character_changed(const boost::json::object& document,
                                               std::string_view pointer);

// Whether verify_proofs says every proof of `document` is valid (false when it returns an Error).
// Prints each invalid proof's message when `explain`.
bool all_proofs_valid(const boost::json::object& document, const Ed25519KeyLookup& lookup,
                      bool explain = true);

// The SuiteContext of the tests: the contexts of vector_context_loader() first, then the
// bundled ones. One per test binary, so its cache is warm as in a long-running verifier.
const SuiteContext& vector_suite_context();

}  // namespace cairn::vc::data_integrity::testing
