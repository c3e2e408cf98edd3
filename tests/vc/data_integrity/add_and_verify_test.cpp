// add_proof and verify_proofs on documents written here: round trips with every suite, the
// context rules of Data Integrity, proof sets with mixed suites, and every kind of bad input the
// verifier must report as an invalid proof (or, when there is nothing to verify, an Error)
// without stopping.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <string>
#include <thread>
#include <vector>

#include "crypto/did_key.h"
#include "vc/data_integrity/add_proof.h"
#include "vc/data_integrity/verify_proofs.h"
#include "vector_support.h"

namespace cairn::vc::data_integrity {
namespace {

using testing::parse_json_object;
using testing::vector_suite_context;

constexpr std::string_view kCredentialV2 = R"({
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  "id": "urn:uuid:0f4bcb4c-6c1b-4c3e-9f0b-1a2b3c4d5e6f",
  "type": ["VerifiableCredential"],
  "name": "Welding Level 2",
  "issuer": "did:example:issuer",
  "validFrom": "2024-05-01T00:00:00Z",
  "credentialSubject": {"id": "did:example:learner", "name": "Ada"}
})";

constexpr std::string_view kCredentialV1 = R"({
  "@context": ["https://www.w3.org/2018/credentials/v1"],
  "id": "urn:uuid:7d1c5b8e-2f43-4a63-8a7e-0c9d8e7f6a5b",
  "type": ["VerifiableCredential"],
  "issuer": "did:example:issuer",
  "issuanceDate": "2024-05-01T00:00:00Z",
  "credentialSubject": {"id": "did:example:learner"}
})";

ProofOptions options_for(const crypto::Ed25519KeyPair& key, std::string type,
                         std::string cryptosuite) {
  ProofOptions options;
  options.type = std::move(type);
  options.cryptosuite = std::move(cryptosuite);
  options.created = "2024-05-01T12:00:00Z";
  options.verification_method = crypto::did_key_verification_method_of(key.public_key());
  return options;
}

struct Suite {
  const char* name;
  const char* type;
  const char* cryptosuite;
};

const Suite kSuites[] = {{"eddsa_rdfc_2022", "DataIntegrityProof", "eddsa-rdfc-2022"},
                         {"eddsa_jcs_2022", "DataIntegrityProof", "eddsa-jcs-2022"},
                         {"ed25519_signature_2020", "Ed25519Signature2020", ""}};

class EverySuite : public ::testing::TestWithParam<Suite> {
 protected:
  ProofOptions options() const {
    return options_for(key_, GetParam().type, GetParam().cryptosuite);
  }
  Result<boost::json::object> secure(std::string_view document) const {
    return add_proof(parse_json_object(document), options(), key_, vector_suite_context());
  }
  const crypto::Ed25519KeyPair key_ = crypto::Ed25519KeyPair::generate();
};

TEST_P(EverySuite, SignedCredentialsVerify) {
  for (std::string_view document : {kCredentialV2, kCredentialV1}) {
    const auto secured = secure(document);
    ASSERT_TRUE(secured.ok()) << secured.error().to_string();
    const auto results = verify_proofs(*secured, testing::did_key_lookup(), vector_suite_context());
    ASSERT_TRUE(results.ok()) << results.error().to_string();
    ASSERT_EQ(results->size(), 1u);
    EXPECT_TRUE(results->front().valid) << results->front().message;
    EXPECT_EQ(results->front().type, GetParam().type);
    EXPECT_EQ(results->front().cryptosuite, GetParam().cryptosuite);
  }
}

TEST_P(EverySuite, AKeyThatDidNotSignIsRefused) {
  const auto secured = secure(kCredentialV2);
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  const crypto::Ed25519PublicKey other = crypto::Ed25519KeyPair::generate().public_key();
  const auto results = verify_proofs(
      *secured, [&](std::string_view) -> Result<crypto::Ed25519PublicKey> { return other; },
      vector_suite_context());
  ASSERT_TRUE(results.ok()) << results.error().to_string();
  EXPECT_FALSE(results->front().valid);
  EXPECT_EQ(results->front().message, "the signature does not match the document and proof");
}

TEST_P(EverySuite, ADocumentWithoutTheSuiteContextGetsItAppended) {
  const auto secured = secure(kCredentialV1);
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  const std::string expected = GetParam().cryptosuite == std::string_view("")
                                   ? "https://w3id.org/security/suites/ed25519-2020/v1"
                                   : "https://w3id.org/security/data-integrity/v2";
  const boost::json::array& context = secured->at("@context").as_array();
  ASSERT_EQ(context.size(), 2u);
  EXPECT_EQ(context[0], "https://www.w3.org/2018/credentials/v1");
  EXPECT_EQ(context[1].as_string(), expected);
}

TEST_P(EverySuite, ASecondProofMakesAProofSetThatVerifies) {
  const auto first = secure(kCredentialV2);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  const auto other_key = crypto::Ed25519KeyPair::generate();
  // The second proof is an eddsa-rdfc-2022 one whatever the first: sets may mix suites. The
  // Ed25519Signature2020 context was not in the document: it cannot be added now.
  const auto second =
      add_proof(*first, options_for(other_key, "DataIntegrityProof", "eddsa-rdfc-2022"), other_key,
                vector_suite_context());
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  ASSERT_EQ(second->at("proof").as_array().size(), 2u);
  EXPECT_TRUE(testing::all_proofs_valid(*second, testing::did_key_lookup()));
}

TEST_P(EverySuite, VerifyingFromSeveralThreadsAtOnceGivesTheSameResult) {
  const auto secured = secure(kCredentialV2);
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  std::vector<int> valid(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < valid.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        const auto results =
            verify_proofs(*secured, testing::did_key_lookup(), vector_suite_context());
        valid[t] += results.ok() && results->front().valid;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int count : valid) EXPECT_EQ(count, 25);
}

INSTANTIATE_TEST_SUITE_P(Suites, EverySuite, ::testing::ValuesIn(kSuites),
                         [](const auto& info) { return std::string(info.param.name); });

class AddAndVerify : public ::testing::Test {
 protected:
  boost::json::object signed_v2() const {
    return add_proof(parse_json_object(kCredentialV2),
                     options_for(key_, "DataIntegrityProof", "eddsa-rdfc-2022"), key_,
                     vector_suite_context())
        .value();
  }
  // The one result of verifying `document`, which must not be an Error.
  ProofVerification verify_one(const boost::json::object& document) const {
    const auto results = verify_proofs(document, testing::did_key_lookup(), vector_suite_context());
    EXPECT_TRUE(results.ok()) << results.error().to_string();
    if (!results.ok() || results->size() != 1) return {};
    return results->front();
  }
  // verify_one on signed_v2() with its proof's member `key` set to `value` (null removes it).
  ProofVerification verify_with_proof_member(std::string_view key,
                                             const boost::json::value& value) const {
    auto document = signed_v2();
    auto& proof = document.at("proof").as_object();
    if (value.is_null()) {
      proof.erase(key);
    } else {
      proof[key] = value;
    }
    return verify_one(document);
  }
  const crypto::Ed25519KeyPair key_ = crypto::Ed25519KeyPair::generate();
};

TEST_F(AddAndVerify, NothingToVerifyIsAnError) {
  auto document = parse_json_object(kCredentialV2);
  EXPECT_EQ(verify_proofs(document, testing::did_key_lookup(), vector_suite_context()).error().code,
            "parsing error");
  for (const char* proof : {R"("z123")", "[1]", "[]", "null"}) {
    document["proof"] = boost::json::parse(proof);
    const auto results = verify_proofs(document, testing::did_key_lookup(), vector_suite_context());
    ASSERT_FALSE(results.ok()) << proof;
    EXPECT_EQ(results.error().code, "parsing error") << proof;
  }
}

TEST_F(AddAndVerify, TooManyProofsIsAnError) {
  auto document = signed_v2();
  boost::json::array proofs(40, document.at("proof"));
  document["proof"] = proofs;
  const auto results = verify_proofs(document, testing::did_key_lookup(), vector_suite_context());
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.error().code, "limit exceeded");
}

TEST_F(AddAndVerify, MissingOrMistypedMembersMakeTheProofInvalid) {
  for (const char* member : {"type", "verificationMethod", "proofPurpose", "proofValue"}) {
    const auto result = verify_with_proof_member(member, nullptr);
    EXPECT_FALSE(result.valid) << member;
    EXPECT_NE(result.message.find(member), std::string::npos) << result.message;
    EXPECT_FALSE(verify_with_proof_member(member, 42).valid) << member;
  }
  EXPECT_FALSE(verify_with_proof_member("cryptosuite", nullptr).valid);
  EXPECT_FALSE(verify_with_proof_member("cryptosuite", true).valid);
  EXPECT_FALSE(verify_with_proof_member("created", "yesterday").valid);
  EXPECT_FALSE(verify_with_proof_member("expires", "2024-02-30T00:00:00Z").valid);
}

TEST_F(AddAndVerify, UnknownSuitesAreReportedByName) {
  const auto result = verify_with_proof_member("cryptosuite", "ecdsa-rdfc-2019");
  EXPECT_FALSE(result.valid);
  EXPECT_EQ(result.message,
            "unsupported proof type \"DataIntegrityProof\" with cryptosuite \"ecdsa-rdfc-2019\"");
}

TEST_F(AddAndVerify, ProofValuesThatAreNotBase58Ed25519SignaturesAreInvalid) {
  const std::string good(signed_v2().at("proof").at("proofValue").as_string());
  for (const std::string& value :
       {std::string(""), std::string("z"), "u" + good.substr(1), good.substr(1), good + "z",
        good.substr(0, good.size() - 1), std::string("z0OIl"), good + std::string(4000, '1')}) {
    const auto result = verify_with_proof_member("proofValue", boost::json::string(value));
    EXPECT_FALSE(result.valid) << value;
    EXPECT_FALSE(result.message.empty()) << value;
  }
}

TEST_F(AddAndVerify, AJsonLdFailureIsAnInvalidProofWithItsMessage) {
  auto unknown_context = signed_v2();
  unknown_context["@context"].as_array().emplace_back("https://example.org/not-bundled/v1");
  const auto unknown = verify_one(unknown_context);
  EXPECT_FALSE(unknown.valid);
  EXPECT_NE(unknown.message.find("loading remote context failed"), std::string::npos)
      << unknown.message;

  auto bad_iri = signed_v2();
  bad_iri["@context"].as_array().emplace_back(boost::json::parse(R"({"@vocab": 5})"));
  const auto bad = verify_one(bad_iri);
  EXPECT_FALSE(bad.valid);
  EXPECT_NE(bad.message.find("invalid vocab mapping"), std::string::npos) << bad.message;

  // A protected term redefined (the credentials v2 context protects "name").
  auto redefined = signed_v2();
  redefined["@context"].as_array().emplace_back(
      boost::json::parse(R"({"name": "https://example.org/name"})"));
  EXPECT_FALSE(verify_one(redefined).valid);
}

TEST_F(AddAndVerify, TheRdfcSuitesRequireTheDataIntegrityTerms) {
  // A version 1 credential signed as Cairn does (with data-integrity/v2 appended) verifies;
  // without that context its proof's terms mean nothing, and the proof is refused.
  auto secured = add_proof(parse_json_object(kCredentialV1),
                           options_for(key_, "DataIntegrityProof", "eddsa-rdfc-2022"), key_,
                           vector_suite_context());
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  EXPECT_TRUE(verify_one(*secured).valid);
  secured->at("@context").as_array().pop_back();
  const auto result = verify_one(*secured);
  EXPECT_FALSE(result.valid);
  EXPECT_NE(result.message.find("does not define the terms of a DataIntegrityProof proof"),
            std::string::npos)
      << result.message;
}

TEST_F(AddAndVerify, AContextCannotBeInjectedUnderExistingProofs) {
  // data-integrity/v2 does not define Ed25519Signature2020: adding one would need the
  // ed25519-2020 context in the document, which would change what the first proof covers.
  const auto secured = add_proof(signed_v2(), options_for(key_, "Ed25519Signature2020", ""), key_,
                                 vector_suite_context());
  ASSERT_FALSE(secured.ok());
  EXPECT_EQ(secured.error().code, "proof generation error");
}

TEST_F(AddAndVerify, JcsProofsSurviveContextsAppendedAfterSigning) {
  auto secured = add_proof(parse_json_object(kCredentialV2),
                           options_for(key_, "DataIntegrityProof", "eddsa-jcs-2022"), key_,
                           vector_suite_context());
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  secured->at("@context").as_array().emplace_back("https://w3id.org/security/data-integrity/v2");
  EXPECT_TRUE(verify_one(*secured).valid);
  // But the document's contexts must start with the proof's.
  auto& context = secured->at("@context").as_array();
  std::swap(context[0], context[1]);
  const auto result = verify_one(*secured);
  EXPECT_FALSE(result.valid);
  EXPECT_NE(result.message.find("does not start with the proof's @context"), std::string::npos)
      << result.message;
}

TEST_F(AddAndVerify, JcsSignsPlainJsonWithTheDataIntegrityContextAdded) {
  const auto secured = add_proof(
      parse_json_object(R"({"myWebsite": "https://hello.world.example/"})"),
      options_for(key_, "DataIntegrityProof", "eddsa-jcs-2022"), key_, vector_suite_context());
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  EXPECT_EQ(secured->at("@context"),
            boost::json::parse(R"(["https://w3id.org/security/data-integrity/v2"])"));
  EXPECT_EQ(secured->at("proof").at("@context"), secured->at("@context"));
  EXPECT_TRUE(verify_one(*secured).valid);
}

TEST_F(AddAndVerify, BadOptionsAreProofGenerationErrors) {
  const auto document = parse_json_object(kCredentialV2);
  const auto error_of = [&](const ProofOptions& options) {
    const auto secured = add_proof(document, options, key_, vector_suite_context());
    return secured.ok() ? std::string("ok") : secured.error().code;
  };
  const ProofOptions good = options_for(key_, "DataIntegrityProof", "eddsa-rdfc-2022");
  ProofOptions options = good;
  options.cryptosuite = "eddsa-2022";
  EXPECT_EQ(error_of(options), "proof generation error");
  options = good;
  options.type = "Ed25519Signature2018";
  EXPECT_EQ(error_of(options), "proof generation error");
  options = good;
  options.verification_method.clear();
  EXPECT_EQ(error_of(options), "proof generation error");
  options = good;
  options.created = "2024-05-01 12:00:00";
  EXPECT_EQ(error_of(options), "proof generation error");
  options = good;
  options.expires = "tomorrow";
  EXPECT_EQ(error_of(options), "proof generation error");
  EXPECT_EQ(error_of(good), "ok");
}

TEST_F(AddAndVerify, OptionalMembersAreSignedAndWrittenInOrder) {
  ProofOptions options = options_for(key_, "DataIntegrityProof", "eddsa-rdfc-2022");
  options.id = "urn:uuid:4a0f5c3e-1111-4222-8333-944455556666";
  options.expires = "2034-05-01T12:00:00Z";
  options.domain = "verifier.example";
  options.challenge = "1235abcd6789";
  options.proof_purpose = "authentication";
  const auto secured =
      add_proof(parse_json_object(kCredentialV2), options, key_, vector_suite_context());
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  std::vector<std::string> keys;
  for (const auto& member : secured->at("proof").as_object()) keys.emplace_back(member.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"type", "id", "cryptosuite", "created", "expires",
                                            "verificationMethod", "proofPurpose", "domain",
                                            "challenge", "proofValue"}));
  const auto result = verify_one(*secured);
  EXPECT_TRUE(result.valid) << result.message;
  EXPECT_EQ(result.proof_purpose, "authentication");
  for (const char* member : {"domain", "challenge"}) {
    auto changed = *secured;
    changed.at("proof").at(member) = "something else";
    EXPECT_FALSE(verify_one(changed).valid) << member;
  }
}

}  // namespace
}  // namespace cairn::vc::data_integrity
