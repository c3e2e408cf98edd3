// Published DID documents read from ../shared at run time: the DCC test DIDs (did:web, one with
// Ed25519VerificationKey2020, one with Multikey in two places) and the did:key method's vectors
// (Ed25519VerificationKey2018 or JsonWebKey2020, plus an X25519 key agreement key). Each key is
// checked against the key derived with libsodium from the seed the fixture's authors published.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <map>
#include <sstream>

#include "crypto/base58.h"
#include "did/did_key_resolver.h"
#include "did/verification_method.h"
#include "did_test_support.h"

namespace cairn::did {
namespace {

constexpr std::string_view kDccDids = "conformance/dcc-fixtures/dids";
constexpr std::string_view kDccReadme = "conformance/dcc-fixtures/README.md";
constexpr std::string_view kDidKeyVectors = "conformance/did-key/ed25519-x25519.json";

std::vector<std::uint8_t> from_hex(std::string_view hex) {
  std::vector<std::uint8_t> bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(
        static_cast<std::uint8_t>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  return bytes;
}

// The README lists "- seed: z..." then "- did: did:..." for each test DID. (No std::regex: GCC
// 12 warns inside it at -O2, which -Werror turns into a build failure.)
std::map<std::string, std::string> seeds_by_did(const std::string& readme) {
  std::map<std::string, std::string> seeds;
  std::istringstream lines(readme);
  std::string line;
  std::string seed;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string dash, label, value;
    words >> dash >> label >> value;
    if (dash != "-") continue;
    if (label == "seed:") {
      seed = value.starts_with('z') ? value : "";
    } else if (label == "did:" && !seed.empty()) {
      seeds[value] = seed;
      seed.clear();
    }
  }
  return seeds;
}

// The DCC seeds are base58btc of an identity multihash: 0x00, length 0x20, the 32-byte seed.
crypto::Ed25519PublicKey key_of_dcc_seed(std::string_view seed) {
  Result<crypto::Bytes> bytes = crypto::decode_base58btc(seed.substr(1));
  EXPECT_TRUE(bytes.ok());
  EXPECT_EQ(bytes->size(), 34u);
  EXPECT_EQ((*bytes)[0], 0x00);
  EXPECT_EQ((*bytes)[1], 0x20);
  const std::span<const std::uint8_t> raw(bytes->data() + 2, bytes->size() - 2);
  return crypto::Ed25519KeyPair::from_seed(raw).value().public_key();
}

// Ids of every method the document defines, in verificationMethod or embedded in a relationship.
std::vector<std::string> defined_method_ids(const boost::json::object& document) {
  std::vector<std::string> ids;
  for (const auto& [name, value] : document) {
    if (!value.is_array()) continue;
    for (const boost::json::value& entry : value.as_array()) {
      if (entry.is_object() && entry.as_object().contains("type")) {
        ids.emplace_back(entry.at("id").as_string());
      }
    }
  }
  return ids;
}

TEST(FixtureDocumentsTest, DccDidDocumentsGiveTheKeysOfTheirPublishedSeeds) {
  const std::filesystem::path directory = testing::shared_path(kDccDids);
  const auto readme = testing::read_file(testing::shared_path(kDccReadme));
  if (!std::filesystem::is_directory(directory) || !readme) {
    GTEST_SKIP() << "skipped: ../shared/" << kDccDids << " not present";
  }
  const std::map<std::string, std::string> seeds = seeds_by_did(*readme);
  std::size_t documents = 0;
  std::size_t methods = 0;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    const auto text = testing::read_file(entry.path() / "did.json");
    if (!text) continue;
    SCOPED_TRACE(entry.path().string());
    ++documents;
    const boost::json::object document = boost::json::parse(*text).as_object();
    const std::string did(document.at("id").as_string());
    ASSERT_TRUE(seeds.contains(did)) << "no seed for " << did << " in the README";
    const crypto::Ed25519PublicKey expected = key_of_dcc_seed(seeds.at(did));
    const std::vector<std::string> ids = defined_method_ids(document);
    ASSERT_FALSE(ids.empty());
    for (const std::string& id : ids) {
      SCOPED_TRACE(id);
      ++methods;
      Result<VerificationMethod> method = find_verification_method(document, id);
      ASSERT_TRUE(method.ok()) << method.error().to_string();
      EXPECT_EQ(method->id, id);
      EXPECT_EQ(method->controller, did);
      EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(method->key), expected);
      EXPECT_TRUE(method->has_purpose("assertionMethod"));
    }
  }
  EXPECT_GE(documents, 2u);
  EXPECT_GE(methods, 3u);
}

TEST(FixtureDocumentsTest, DidKeyVectorsGiveTheKeysOfTheirSeeds) {
  const auto text = testing::read_file(testing::shared_path(kDidKeyVectors));
  if (!text) GTEST_SKIP() << "skipped: ../shared/" << kDidKeyVectors << " not present";
  const boost::json::object vectors = boost::json::parse(*text).as_object();
  ASSERT_FALSE(vectors.empty());
  const DidKeyResolver resolver;
  std::size_t relative_ids = 0;
  for (const auto& [did_name, vector] : vectors) {
    const std::string did(did_name);
    SCOPED_TRACE(did);
    const boost::json::object& document = vector.at("didDocument").as_object();
    const crypto::Ed25519PublicKey expected =
        crypto::Ed25519KeyPair::from_seed(from_hex(vector.at("seed").as_string()))
            .value()
            .public_key();

    // Most vectors write their own method id relative to the DID ("#z6Mk...").
    const std::string key_id(vector.at("verificationKeyPair").at("id").as_string());
    relative_ids += key_id.starts_with('#');
    Result<VerificationMethod> method = find_verification_method(document, key_id);
    ASSERT_TRUE(method.ok()) << method.error().to_string();
    EXPECT_EQ(method->id, key_id.starts_with('#') ? did + key_id : key_id);
    // Ed25519VerificationKey2018 (publicKeyBase58) in most vectors, JsonWebKey2020 in one.
    EXPECT_EQ(method->type, vector.at("verificationKeyPair").at("type").as_string());
    Result<crypto::Ed25519PublicKey> key = ed25519_public_key_of(*method);
    ASSERT_TRUE(key.ok()) << key.error().to_string();
    EXPECT_EQ(*key, expected);
    EXPECT_EQ(method->purposes,
              (std::vector<std::string>{"assertionMethod", "authentication", "capabilityInvocation",
                                        "capabilityDelegation"}));

    const std::string agreement_id(vector.at("keyAgreementKeyPair").at("id").as_string());
    Result<VerificationMethod> agreement = find_verification_method(document, agreement_id);
    ASSERT_FALSE(agreement.ok());
    EXPECT_EQ(agreement.error().code, "unsupported verification method");
    EXPECT_NE(agreement.error().message.find("X25519"), std::string::npos);

    // Our did:key document: the same key under the same id, as a Multikey.
    Result<boost::json::object> ours = resolver.resolve(did);
    ASSERT_TRUE(ours.ok()) << ours.error().to_string();
    Result<VerificationMethod> our_method = find_verification_method(*ours, key_id);
    ASSERT_TRUE(our_method.ok()) << our_method.error().to_string();
    EXPECT_EQ(our_method->id, method->id);
    EXPECT_EQ(our_method->type, "Multikey");
    EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(our_method->key), expected);
    EXPECT_TRUE(our_method->has_purpose("assertionMethod"));
    EXPECT_TRUE(our_method->has_purpose("authentication"));
  }
  EXPECT_GT(relative_ids, 0u);
}

}  // namespace
}  // namespace cairn::did
