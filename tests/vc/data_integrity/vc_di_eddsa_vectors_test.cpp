// The vc-di-eddsa specification's test vectors (../shared/conformance/vc-di-eddsa/TestVectors),
// reproduced step by step for eddsa-rdfc-2022 (the alumni credential and the employment
// authorization document of employ/), eddsa-jcs-2022 and Ed25519Signature2020: the canonical
// document and proof configuration, their SHA-256 hashes, the combined hash data, the Ed25519
// signature in hex and base58btc, and the signed document byte for byte (Ed25519 signatures are
// deterministic). The published signed documents verify; a one-character change to any string
// in them makes verification fail; reordering their members does not.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <string>

#include "crypto/digest.h"
#include "crypto/multibase.h"
#include "vc/data_integrity/add_proof.h"
#include "vc/data_integrity/cryptosuite.h"
#include "vc/data_integrity/jcs_cryptosuite.h"
#include "vc/data_integrity/proof_set.h"
#include "vc/data_integrity/rdfc_cryptosuite.h"
#include "vc/data_integrity/verify_proofs.h"
#include "vector_support.h"

namespace cairn::vc::data_integrity {
namespace {

using testing::read_json_object;
using testing::read_text;
using testing::vc_di_eddsa_dir;
using testing::vector_suite_context;

struct Vector {
  const char* name;
  const char* directory;      // under TestVectors/
  const char* suffix;         // of the file names: canonDoc<suffix>.txt, ...
  const char* unsigned_file;  // under TestVectors/
  const Cryptosuite& (*suite)();
};

const Vector kVectors[] = {
    {"eddsa_rdfc_2022", "eddsa-rdfc-2022", "DataInt", "unsigned.json", eddsa_rdfc_2022},
    {"eddsa_rdfc_2022_employ", "eddsa-rdfc-2022/employ", "DataInt", "employmentAuth.json",
     eddsa_rdfc_2022},
    {"eddsa_jcs_2022", "eddsa-jcs-2022", "JCS", "unsigned.json", eddsa_jcs_2022},
    {"ed25519_signature_2020", "Ed25519Signature2020", "EdSig", "unsigned.json",
     ed25519_signature_2020},
};

std::string trimmed(std::string text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  return text;
}

class VcDiEddsaVector : public ::testing::TestWithParam<Vector> {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(vc_di_eddsa_dir() / GetParam().directory)) {
      GTEST_SKIP() << "skipped: ../shared/conformance/vc-di-eddsa/TestVectors/"
                   << GetParam().directory << " not present";
    }
  }

  std::filesystem::path file(const std::string& stem, const char* extension) const {
    return vc_di_eddsa_dir() / GetParam().directory / (stem + GetParam().suffix + extension);
  }
  std::string text(const std::string& stem) const { return read_text(file(stem, ".txt")); }
  boost::json::object json(const std::string& stem) const {
    return read_json_object(file(stem, ".json"));
  }
  const Cryptosuite& suite() const { return GetParam().suite(); }

  crypto::Ed25519KeyPair key() const {
    return testing::key_pair_of(read_json_object(vc_di_eddsa_dir() / "keyPair.json"));
  }
  // The published signed document without its proof: the document exactly as it was signed
  // (for Ed25519Signature2020 with the suite's context, which add_proof appends).
  boost::json::object unsecured() const { return input_document(json("signed"), {}); }

  // The canonical forms this implementation computes for the published proof configuration.
  CanonicalInputs canonical_inputs() const {
    auto inputs = suite().canonicalize(unsecured(), json("proofConfig"), vector_suite_context());
    EXPECT_TRUE(inputs.ok()) << inputs.error().to_string();
    return inputs.ok() ? *inputs : CanonicalInputs{};
  }
};

TEST_P(VcDiEddsaVector, ProofConfigurationIsThePublishedOne) {
  const boost::json::object published = json("proofConfig");
  // The published configuration carries the document's @context, as every suite's Proof
  // Configuration algorithm sets it.
  EXPECT_EQ(published.at("@context"), unsecured().at("@context"));

  auto configured =
      suite().configure_proof(unsecured(), to_json(testing::proof_options_of(published)));
  ASSERT_TRUE(configured.ok()) << configured.error().to_string();
  boost::json::object expected = published;
  // Only eddsa-jcs-2022 stores the @context in the proof; the RDFC suites add it while
  // canonicalizing.
  if (&suite() != &eddsa_jcs_2022()) expected.erase("@context");
  EXPECT_EQ(boost::json::serialize(*configured), boost::json::serialize(expected));
}

TEST_P(VcDiEddsaVector, CanonicalDocumentAndProofConfigurationAreThePublishedOnes) {
  const CanonicalInputs inputs = canonical_inputs();
  EXPECT_EQ(inputs.document, text("canonDoc"));
  EXPECT_EQ(inputs.proof_config, text("proofCanon"));
}

TEST_P(VcDiEddsaVector, HashesAreThePublishedOnes) {
  const CanonicalInputs inputs = canonical_inputs();
  EXPECT_EQ(crypto::to_hex(crypto::sha256(inputs.document)), trimmed(text("docHash")));
  EXPECT_EQ(crypto::to_hex(crypto::sha256(inputs.proof_config)), trimmed(text("proofHash")));
  EXPECT_EQ(crypto::to_hex(hash_data(inputs)), trimmed(text("combinedHash")));
}

TEST_P(VcDiEddsaVector, SignatureIsThePublishedOne) {
  const crypto::Ed25519Signature signature = key().sign(hash_data(canonical_inputs()));
  EXPECT_EQ(crypto::to_hex(signature), trimmed(text("sigHex")));
  EXPECT_EQ(crypto::encode_multibase(crypto::Multibase::kBase58Btc, signature),
            trimmed(text("sigBTC58")));
}

TEST_P(VcDiEddsaVector, AddProofGivesThePublishedSignedDocumentByteForByte) {
  const auto document = read_json_object(vc_di_eddsa_dir() / GetParam().unsigned_file);
  const auto options = testing::proof_options_of(json("proofConfig"));
  const auto secured = add_proof(document, options, key(), vector_suite_context());
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  EXPECT_EQ(boost::json::serialize(*secured), boost::json::serialize(json("signed")));
}

TEST_P(VcDiEddsaVector, PublishedSignedDocumentVerifies) {
  const auto results =
      verify_proofs(json("signed"), testing::did_key_lookup(), vector_suite_context());
  ASSERT_TRUE(results.ok()) << results.error().to_string();
  ASSERT_EQ(results->size(), 1u);
  const ProofVerification& result = results->front();
  EXPECT_TRUE(result.valid) << result.message;
  EXPECT_EQ(result.type, suite().proof_type());
  EXPECT_EQ(result.cryptosuite, suite().cryptosuite());
  EXPECT_EQ(result.created, "2023-02-24T23:36:38Z");
  EXPECT_EQ(result.proof_purpose, "assertionMethod");
  EXPECT_EQ(result.verification_method,
            "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
            "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
}

TEST_P(VcDiEddsaVector, ChangingAnyOneCharacterMakesVerificationFail) {
  const boost::json::object signed_document = json("signed");
  const auto pointers = testing::string_pointers(signed_document);
  ASSERT_GT(pointers.size(), 10u);
  for (const std::string& pointer : pointers) {
    SCOPED_TRACE(pointer);
    EXPECT_FALSE(testing::all_proofs_valid(
        testing::with_one_character_changed(signed_document, pointer), testing::did_key_lookup(),
        /*explain=*/false));
  }
}

TEST_P(VcDiEddsaVector, ReorderingMembersKeepsItValid) {
  const auto reordered = testing::with_members_reversed(json("signed"));
  EXPECT_NE(boost::json::serialize(reordered), boost::json::serialize(json("signed")));
  EXPECT_TRUE(testing::all_proofs_valid(reordered.as_object(), testing::did_key_lookup()));
}

INSTANTIATE_TEST_SUITE_P(TestVectors, VcDiEddsaVector, ::testing::ValuesIn(kVectors),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace cairn::vc::data_integrity
