// did:key for Ed25519, against every vector of the did:key method's ed25519-x25519.json (read
// from ../shared at run time), and malformed DIDs.
#include "crypto/did_key.h"

#include <gtest/gtest.h>

#include "crypto/multikey.h"
#include "crypto_test_support.h"

namespace cairn::crypto {
namespace {

using testing::from_hex;

constexpr std::string_view kDidKeyVectors = "conformance/did-key/ed25519-x25519.json";

std::string string_at(const boost::json::value& value, std::string_view name) {
  return std::string(value.at(name).as_string());
}

TEST(DidKeyTest, EveryPublishedVectorMatches) {
  const auto vectors = testing::read_json_file(testing::shared_path(kDidKeyVectors));
  if (!vectors) GTEST_SKIP() << "skipped: ../shared/" << kDidKeyVectors << " not present";
  ASSERT_FALSE(vectors->as_object().empty());
  for (const auto& [did_name, vector] : vectors->as_object()) {
    const std::string did(did_name);
    SCOPED_TRACE(did);
    Result<Ed25519KeyPair> pair =
        Ed25519KeyPair::from_seed(from_hex(vector.at("seed").as_string()));
    ASSERT_TRUE(pair.ok());
    const Ed25519PublicKey& key = pair->public_key();
    const boost::json::value& expected = vector.at("didDocument");
    const boost::json::value& expected_method = expected.at("verificationMethod").at(0);

    EXPECT_EQ(did_key_of(key), did);
    EXPECT_EQ(string_at(expected, "id"), did);
    EXPECT_EQ(did_key_verification_method_of(key), string_at(expected_method, "id"));

    Result<Ed25519PublicKey> resolved = resolve_did_key(did);
    ASSERT_TRUE(resolved.ok()) << resolved.error().to_string();
    EXPECT_EQ(*resolved, key);
    Result<Ed25519PublicKey> resolved_method = resolve_did_key(string_at(expected_method, "id"));
    ASSERT_TRUE(resolved_method.ok()) << resolved_method.error().to_string();
    EXPECT_EQ(*resolved_method, key);
    const Bytes raw = testing::raw_public_key_of(expected_method);
    ASSERT_EQ(raw.size(), 32u);
    EXPECT_EQ(Bytes(key.begin(), key.end()), raw);

    // The vectors' documents use Ed25519VerificationKey2018 or JsonWebKey2020; ours uses Multikey
    // for the same key and the same ids and relationships.
    const boost::json::object document = did_key_document(key);
    EXPECT_EQ(document.at("id"), expected.at("id"));
    const boost::json::value& method = document.at("verificationMethod").at(0);
    EXPECT_EQ(method.at("id"), expected_method.at("id"));
    EXPECT_EQ(method.at("controller"), expected_method.at("controller"));
    Result<Ed25519PublicKey> from_document =
        decode_ed25519_public_multikey(method.at("publicKeyMultibase").as_string());
    ASSERT_TRUE(from_document.ok());
    EXPECT_EQ(*from_document, key);
    for (std::string_view relationship :
         {"authentication", "assertionMethod", "capabilityDelegation", "capabilityInvocation"}) {
      EXPECT_EQ(document.at(relationship), expected.at(relationship)) << relationship;
    }
  }
}

TEST(DidKeyTest, DocumentHasTheMultikeyShape) {
  const Ed25519KeyPair pair = Ed25519KeyPair::generate();
  const boost::json::object document = did_key_document(pair.public_key());
  const boost::json::array expected_context{"https://www.w3.org/ns/did/v1",
                                            "https://w3id.org/security/multikey/v1"};
  EXPECT_EQ(document.at("@context"), expected_context);
  ASSERT_EQ(document.at("verificationMethod").as_array().size(), 1u);
  const boost::json::value& method = document.at("verificationMethod").at(0);
  EXPECT_EQ(method.at("type"), "Multikey");
  EXPECT_EQ(method.at("controller"), document.at("id"));
  EXPECT_EQ(method.at("publicKeyMultibase").as_string(),
            encode_ed25519_public_multikey(pair.public_key()));
  EXPECT_EQ(method.as_object().size(), 4u);
  EXPECT_EQ(document.size(), 7u);
}

TEST(DidKeyTest, MalformedDidsAreRefused) {
  const Ed25519KeyPair pair = Ed25519KeyPair::generate();
  const std::string did = did_key_of(pair.public_key());
  const std::string multikey = encode_ed25519_public_multikey(pair.public_key());
  // An X25519 key (multicodec 0xec) from the did:key vectors: a did:key, but not an Ed25519 one.
  const std::string x25519 = "did:key:z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW";
  for (const std::string& text :
       {std::string("did:web:example.org"), std::string("did:key:"), "DID:KEY:" + multikey,
        did + "#z6Mkother", did + "#", did + "/path", did + "?query=1", did + "x", x25519,
        "did:key:" + multikey.substr(1), did + "#" + multikey + "#" + multikey,
        did + std::string(600, 'a')}) {
    Result<Ed25519PublicKey> resolved = resolve_did_key(text);
    ASSERT_FALSE(resolved.ok()) << text;
    EXPECT_EQ(resolved.error().code, "invalid did:key") << text;
  }
  EXPECT_NE(resolve_did_key(x25519).error().message.find("ed01"), std::string::npos);
  EXPECT_TRUE(resolve_did_key(did + "#" + multikey).ok());
}

}  // namespace
}  // namespace cairn::crypto
