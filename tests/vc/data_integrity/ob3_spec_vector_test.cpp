// The Open Badges 3.0 specification's Linked Data Proof test vector
// (../shared/conformance/ob3-spec): the credential, key pair, hashes, signature and signed
// credential published in ob_v3p0_impl_linked-data-proof-ob.html, and the canonical document and
// proof configuration published beside it (ob_v3p0_impl_test-vectors_obv3p0_*-canon.txt), all
// reproduced with eddsa-rdfc-2022; the published signed credential verifies.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <string>

#include "crypto/digest.h"
#include "crypto/multibase.h"
#include "crypto/multikey.h"
#include "vc/data_integrity/add_proof.h"
#include "vc/data_integrity/proof_set.h"
#include "vc/data_integrity/rdfc_cryptosuite.h"
#include "vc/data_integrity/verify_proofs.h"
#include "vector_support.h"

namespace cairn::vc::data_integrity {
namespace {

using testing::ob3_spec_dir;
using testing::read_text;
using testing::vector_suite_context;

constexpr const char* kPage = "ob_v3p0_impl_linked-data-proof-ob.html";

std::string decode_entities(std::string_view raw) {
  static const std::pair<std::string_view, char> kEntities[] = {{"&quot;", '"'}, {"&apos;", '\''},
                                                                {"&#39;", '\''}, {"&lt;", '<'},
                                                                {"&gt;", '>'},   {"&amp;", '&'}};
  std::string text;
  for (std::size_t i = 0; i < raw.size();) {
    bool decoded = false;
    for (const auto& [entity, character] : kEntities) {
      if (raw.substr(i, entity.size()) == entity) {
        text += character;
        i += entity.size();
        decoded = true;
        break;
      }
    }
    if (!decoded) text += raw[i++];
  }
  return text;
}

// The text of the page's <pre ... title="TITLE"> element.
std::string pre_titled(const std::string& page, std::string_view title) {
  const std::size_t tag = page.find("title=\"" + std::string(title) + "\">");
  if (tag == std::string::npos) return {};
  const std::size_t start = page.find('>', tag) + 1;
  return decode_entities(std::string_view(page).substr(start, page.find("</pre", start) - start));
}

// The text of the first <code> element after `label` (the page writes each value that way).
std::string code_after(const std::string& page, std::string_view label) {
  const std::size_t at = page.find(label);
  if (at == std::string::npos) return {};
  const std::size_t start = page.find('>', page.find("<code", at)) + 1;
  std::string text = page.substr(start, page.find('<', start) - start);
  std::erase_if(text, [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  return text;
}

crypto::Bytes from_hex(std::string_view hex) {
  crypto::Bytes bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(
        static_cast<std::uint8_t>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  return bytes;
}

std::string without_carriage_returns(std::string text) {
  std::erase(text, '\r');
  return text;
}

class Ob3SpecVector : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(ob3_spec_dir() / kPage)) {
      GTEST_SKIP() << "skipped: ../shared/conformance/ob3-spec not present";
    }
    page_ = read_text(ob3_spec_dir() / kPage);
  }

  // The key pair: the page's 64-byte private key is the seed followed by the public key.
  crypto::Ed25519KeyPair key() const {
    const crypto::Bytes secret = from_hex(code_after(page_, "Private key (hex)"));
    EXPECT_EQ(secret.size(), 64u);
    auto key = crypto::Ed25519KeyPair::from_seed(std::span(secret).first(32)).value();
    EXPECT_EQ(crypto::to_hex(key.public_key()), code_after(page_, "Public key (hex)"));
    EXPECT_EQ(crypto::to_hex(key.public_key()), crypto::to_hex(std::span(secret).last(32)));
    return key;
  }

  boost::json::object credential() const {
    return testing::parse_json_object(pre_titled(page_, "Credential"));
  }
  boost::json::object signed_credential() const {
    return testing::parse_json_object(pre_titled(page_, "Signed credential"));
  }
  // The proof options: the published proof without its proofValue.
  boost::json::object proof_options() const {
    auto proof = testing::parse_json_object(pre_titled(page_, "Proof"));
    proof.erase("proofValue");
    return proof;
  }

  Ed25519KeyLookup lookup() const {
    const crypto::Ed25519PublicKey public_key = key().public_key();
    const std::string method = std::string(proof_options().at("verificationMethod").as_string());
    return [public_key, method](std::string_view wanted) -> Result<crypto::Ed25519PublicKey> {
      if (wanted != method) return Error{"not found", "unknown verification method"};
      return public_key;
    };
  }

  CanonicalInputs canonical_inputs() const {
    auto inputs =
        eddsa_rdfc_2022().canonicalize(credential(), proof_options(), vector_suite_context());
    EXPECT_TRUE(inputs.ok()) << inputs.error().to_string();
    return inputs.ok() ? *inputs : CanonicalInputs{};
  }

  std::string page_;
};

TEST_F(Ob3SpecVector, VerificationMethodIsTheKeysMultikey) {
  const std::string method(proof_options().at("verificationMethod").as_string());
  EXPECT_EQ(method.substr(method.find('#') + 1),
            crypto::encode_ed25519_public_multikey(key().public_key()));
}

TEST_F(Ob3SpecVector, CanonicalDocumentAndProofConfigurationAreThePublishedOnes) {
  const CanonicalInputs inputs = canonical_inputs();
  EXPECT_EQ(inputs.document,
            without_carriage_returns(
                read_text(ob3_spec_dir() / "ob_v3p0_impl_test-vectors_obv3p0_document-canon.txt")));
  EXPECT_EQ(inputs.proof_config,
            without_carriage_returns(
                read_text(ob3_spec_dir() / "ob_v3p0_impl_test-vectors_obv3p0_proof-canon.txt")));
}

TEST_F(Ob3SpecVector, HashesAndSignatureAreThePublishedOnes) {
  const CanonicalInputs inputs = canonical_inputs();
  EXPECT_EQ(crypto::to_hex(crypto::sha256(inputs.document)),
            code_after(page_, "Document hash (hex)"));
  EXPECT_EQ(crypto::to_hex(crypto::sha256(inputs.proof_config)),
            code_after(page_, "Proof hash (hex)"));
  EXPECT_EQ(crypto::to_hex(hash_data(inputs)), code_after(page_, "Data to sign (hex)"));
  const crypto::Ed25519Signature signature = key().sign(hash_data(inputs));
  EXPECT_EQ(crypto::to_hex(signature), code_after(page_, "Signature (hex)"));
  EXPECT_EQ(crypto::encode_multibase(crypto::Multibase::kBase58Btc, signature),
            code_after(page_, "Proof value (hex)"));
}

TEST_F(Ob3SpecVector, AddProofGivesThePublishedSignedCredential) {
  const auto secured = add_proof(credential(), testing::proof_options_of(proof_options()), key(),
                                 vector_suite_context());
  ASSERT_TRUE(secured.ok()) << secured.error().to_string();
  // Equal as JSON: the page writes the proof's members in another order than add_proof.
  EXPECT_EQ(*secured, signed_credential());
}

TEST_F(Ob3SpecVector, PublishedSignedCredentialVerifies) {
  EXPECT_TRUE(testing::all_proofs_valid(signed_credential(), lookup()));
}

TEST_F(Ob3SpecVector, ChangingAnyOneCharacterMakesVerificationFail) {
  const boost::json::object secured = signed_credential();
  for (const std::string& pointer : testing::string_pointers(secured)) {
    SCOPED_TRACE(pointer);
    EXPECT_FALSE(testing::all_proofs_valid(testing::with_one_character_changed(secured, pointer),
                                           lookup(), /*explain=*/false));
  }
}

}  // namespace
}  // namespace cairn::vc::data_integrity
