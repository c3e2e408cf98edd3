// The vc-di-eddsa "Proof Sets and Chains" vectors (../shared/conformance/vc-di-eddsa/
// TestVectors/proof-set-chain): a proof set of two eddsa-rdfc-2022 proofs, a proof chaining to
// both, and one chaining to that, each added by add_proof and equal to the published document
// byte for byte, with the published intermediate documents of the chain; every published signed
// document verifies, and a proof is valid only while the proofs it chains to are.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <string>

#include "crypto/did_key.h"
#include "vc/data_integrity/add_proof.h"
#include "vc/data_integrity/proof_set.h"
#include "vc/data_integrity/verify_proofs.h"
#include "vector_support.h"

namespace cairn::vc::data_integrity {
namespace {

using testing::read_json_object;
using testing::vector_suite_context;

// One step of the vectors: the document it starts from, the options and key it adds a proof
// with, the published temporary document the chain signs (if any), the proof and the result.
struct Step {
  const char* name;
  const char* start;
  const char* options;
  const char* key;
  const char* chain_input;  // nullptr for a proof of the set
  const char* signed_proof;
  const char* result;
};

const Step kSteps[] = {
    {"set_first", "unsigned.json", "proofSetConfig1.json", "keyPair1", nullptr,
     "proofSetConfigSigned1.json", "signedProofSet1.json"},
    {"set_second", "signedProofSet1.json", "proofSetConfig2.json", "keyPair2", nullptr,
     "proofSetConfigSigned2.json", "signedProofSet2.json"},
    {"chain_on_both", "signedProofSet2.json", "proofChainConfig1.json", "keyPair3",
     "proofChainTempDoc1.json", "proofChainConfigSigned1.json", "signedProofChain1.json"},
    {"chain_extended", "signedProofChain1.json", "proofChainConfig2.json", "keyPair4",
     "proofChainTempDoc2.json", "proofChainConfigSigned2.json", "signedProofChain2.json"},
};

std::filesystem::path vectors_dir() { return testing::vc_di_eddsa_dir() / "proof-set-chain"; }

class ProofSetChainVector : public ::testing::TestWithParam<Step> {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(vectors_dir())) {
      GTEST_SKIP() << "skipped: ../shared/conformance/vc-di-eddsa/TestVectors/proof-set-chain "
                      "not present";
    }
  }
  static boost::json::object json(const char* file) {
    return read_json_object(vectors_dir() / file);
  }
};

TEST_P(ProofSetChainVector, AddProofGivesThePublishedDocumentByteForByte) {
  const Step& step = GetParam();
  const auto key = testing::key_pair_of(json("multiKeyPairs.json").at(step.key).as_object());
  const auto secured = add_proof(json(step.start), testing::proof_options_of(json(step.options)),
                                 key, vector_suite_context());
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  EXPECT_EQ(boost::json::serialize(*secured), boost::json::serialize(json(step.result)));

  // The new proof is the published signed proof configuration, and the last of the set.
  const boost::json::value& proof = secured->at("proof");
  const boost::json::value& added = proof.is_array() ? proof.as_array().back() : proof;
  EXPECT_EQ(boost::json::serialize(added), boost::json::serialize(json(step.signed_proof)));
}

// The steps that add a proof to a chain, whose input document is published.
class ProofChainVector : public ProofSetChainVector {};

TEST_P(ProofChainVector, ChainSignsThePublishedInputDocument) {
  const Step& step = GetParam();
  const boost::json::object start = json(step.start);
  const auto all_proofs = proofs_of(start, 32);
  ASSERT_TRUE(all_proofs.ok()) << all_proofs.error().to_string();
  const auto named = previous_proofs(json(step.options).at("previousProof"), *all_proofs, "test");
  ASSERT_TRUE(named.ok()) << named.error().to_string();
  EXPECT_EQ(boost::json::serialize(input_document(start, *named)),
            boost::json::serialize(json(step.chain_input)));
}

TEST_P(ProofSetChainVector, PublishedDocumentVerifies) {
  EXPECT_TRUE(testing::all_proofs_valid(json(GetParam().result), testing::did_key_lookup()));
}

TEST_P(ProofSetChainVector, ChangingAnyOneCharacterMakesVerificationFail) {
  const boost::json::object secured = json(GetParam().result);
  for (const std::string& pointer : testing::string_pointers(secured)) {
    SCOPED_TRACE(pointer);
    EXPECT_FALSE(testing::all_proofs_valid(testing::with_one_character_changed(secured, pointer),
                                           testing::did_key_lookup(), /*explain=*/false));
  }
}

TEST_P(ProofSetChainVector, ReorderingMembersKeepsItValid) {
  const auto reordered = testing::with_members_reversed(json(GetParam().result));
  EXPECT_TRUE(testing::all_proofs_valid(reordered.as_object(), testing::did_key_lookup()));
}

const auto step_name = [](const auto& info) { return std::string(info.param.name); };
INSTANTIATE_TEST_SUITE_P(TestVectors, ProofSetChainVector, ::testing::ValuesIn(kSteps), step_name);
INSTANTIATE_TEST_SUITE_P(TestVectors, ProofChainVector, ::testing::Values(kSteps[2], kSteps[3]),
                         step_name);

class ProofChain : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(vectors_dir())) {
      GTEST_SKIP() << "skipped: ../shared/conformance/vc-di-eddsa/TestVectors/proof-set-chain "
                      "not present";
    }
  }
};

TEST_F(ProofChain, AProofIsInvalidWhenAProofItChainsToIs) {
  const auto secured = read_json_object(vectors_dir() / "signedProofChain2.json");
  // keyPair1's key cannot be found: the first proof of the set is invalid, the second is not,
  // the proof chained to both is invalid although its own signature is good, and so is the one
  // chained to it.
  const auto first_key = testing::key_pair_of(
      read_json_object(vectors_dir() / "multiKeyPairs.json").at("keyPair1").as_object());
  const std::string unknown_method = crypto::did_key_verification_method_of(first_key.public_key());
  const Ed25519KeyLookup lookup = [&](std::string_view method) -> Result<crypto::Ed25519PublicKey> {
    if (method == unknown_method) return Error{"not found", "the test does not know this key"};
    return crypto::resolve_did_key(method);
  };
  const auto results = verify_proofs(secured, lookup, vector_suite_context());
  ASSERT_TRUE(results.ok()) << results.error().to_string();
  ASSERT_EQ(results->size(), 4u);
  EXPECT_FALSE((*results)[0].valid);
  EXPECT_NE((*results)[0].message.find("not found"), std::string::npos) << (*results)[0].message;
  EXPECT_TRUE((*results)[1].valid) << (*results)[1].message;
  EXPECT_FALSE((*results)[2].valid);
  EXPECT_NE((*results)[2].message.find("depends on proof 0"), std::string::npos)
      << (*results)[2].message;
  EXPECT_FALSE((*results)[3].valid);
  EXPECT_NE((*results)[3].message.find("depends on proof 2"), std::string::npos)
      << (*results)[3].message;
}

TEST_F(ProofChain, APreviousProofThatNamesNoProofIsInvalid) {
  auto secured = read_json_object(vectors_dir() / "signedProofChain2.json");
  // Without the chain's third proof, the fourth names a proof the document does not have.
  secured.at("proof").as_array().erase(secured.at("proof").as_array().begin() + 2);
  const auto results = verify_proofs(secured, testing::did_key_lookup(), vector_suite_context());
  ASSERT_TRUE(results.ok()) << results.error().to_string();
  ASSERT_EQ(results->size(), 3u);
  EXPECT_TRUE((*results)[0].valid);
  EXPECT_TRUE((*results)[1].valid);
  EXPECT_FALSE((*results)[2].valid);
  EXPECT_NE((*results)[2].message.find("names no proof"), std::string::npos)
      << (*results)[2].message;
}

TEST_F(ProofChain, AddingToAnUnknownPreviousProofFails) {
  const auto key = testing::key_pair_of(
      read_json_object(vectors_dir() / "multiKeyPairs.json").at("keyPair4").as_object());
  auto options =
      testing::proof_options_of(read_json_object(vectors_dir() / "proofChainConfig2.json"));
  options.previous_proof = std::string("urn:uuid:not-a-proof-of-this-document");
  const auto secured = add_proof(read_json_object(vectors_dir() / "signedProofSet2.json"), options,
                                 key, vector_suite_context());
  ASSERT_FALSE(secured.ok());
  EXPECT_EQ(secured.error().code, "proof generation error");
}

}  // namespace
}  // namespace cairn::vc::data_integrity
