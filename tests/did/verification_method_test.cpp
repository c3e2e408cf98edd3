// find_verification_method over documents written here: every key type, relative ids, embedded
// methods and purposes, and each kind of error.
#include "did/verification_method.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "crypto/base58.h"
#include "crypto/base64url.h"
#include "crypto/jose/jws_signing_key.h"
#include "crypto/multibase.h"
#include "crypto/multikey.h"
#include "did_test_support.h"

namespace cairn::did {
namespace {

using testing::object_of;

constexpr std::string_view kDid = "did:example:123";

// A document with one Multikey method written relative to the document, listed by reference.
boost::json::object relative_multikey_document(const crypto::Ed25519PublicKey& key) {
  boost::json::object document = object_of(R"({
    "id": "did:example:123",
    "verificationMethod": [{"id": "#key-1", "type": "Multikey", "controller": "did:example:123"}],
    "assertionMethod": ["#key-1"],
    "capabilityDelegation": ["did:example:123#key-1"]
  })");
  document["verificationMethod"].as_array()[0].as_object()["publicKeyMultibase"] =
      crypto::encode_ed25519_public_multikey(key);
  return document;
}

// A document whose only method is `method`, listed in verificationMethod.
boost::json::object document_with(boost::json::object method) {
  boost::json::object document;
  document["id"] = kDid;
  document["verificationMethod"] = boost::json::array{std::move(method)};
  return document;
}

TEST(VerificationMethodTest, RelativeIdIsResolvedAgainstTheDocument) {
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  const boost::json::object document = relative_multikey_document(key);
  for (std::string_view query : {"#key-1", "did:example:123#key-1"}) {
    SCOPED_TRACE(query);
    Result<VerificationMethod> method = find_verification_method(document, query);
    ASSERT_TRUE(method.ok()) << method.error().to_string();
    EXPECT_EQ(method->id, "did:example:123#key-1");
    EXPECT_EQ(method->type, "Multikey");
    EXPECT_EQ(method->controller, "did:example:123");
    EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(method->key), key);
    EXPECT_EQ(method->purposes,
              (std::vector<std::string>{"assertionMethod", "capabilityDelegation"}));
    EXPECT_TRUE(method->has_purpose("assertionMethod"));
    EXPECT_FALSE(method->has_purpose("authentication"));
    EXPECT_FALSE(method->revoked.has_value());
  }
}

TEST(VerificationMethodTest, MethodEmbeddedInARelationshipIsFoundWithThatPurpose) {
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  boost::json::object document = object_of(R"({
    "id": "did:example:123",
    "authentication": [{"id": "did:example:123#auth", "type": "Ed25519VerificationKey2018",
                        "controller": "did:example:123"}]
  })");
  document["authentication"].as_array()[0].as_object()["publicKeyBase58"] =
      crypto::encode_base58btc(key);
  Result<VerificationMethod> method = find_verification_method(document, "#auth");
  ASSERT_TRUE(method.ok()) << method.error().to_string();
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(method->key), key);
  EXPECT_EQ(method->purposes, std::vector<std::string>{"authentication"});
}

TEST(VerificationMethodTest, Ed25519VerificationKey2020ReadsItsMultibaseKey) {
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  boost::json::object method{{"id", "did:example:123#k"},
                             {"type", "Ed25519VerificationKey2020"},
                             {"controller", "did:example:123"},
                             {"publicKeyMultibase", crypto::encode_ed25519_public_multikey(key)},
                             {"revoked", "2026-01-31T23:59:59Z"}};
  Result<VerificationMethod> found = find_verification_method(document_with(method), "#k");
  ASSERT_TRUE(found.ok()) << found.error().to_string();
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(found->key), key);
  EXPECT_EQ(found->revoked, "2026-01-31T23:59:59Z");
  EXPECT_TRUE(found->purposes.empty());
  Result<crypto::Ed25519PublicKey> ed25519 = ed25519_public_key_of(*found);
  ASSERT_TRUE(ed25519.ok());
  EXPECT_EQ(*ed25519, key);
}

// The JsonWebKey2020 example of the did:web method specification.
constexpr std::string_view kJwkDocument = R"({
  "id": "did:web:example.com",
  "verificationMethod": [
    {"id": "did:web:example.com#key-0", "type": "JsonWebKey2020",
     "controller": "did:web:example.com",
     "publicKeyJwk": {"kty": "OKP", "crv": "Ed25519",
                      "x": "0-e2i2_Ua1S5HbTYnVB0lj2Z2ytXu2-tYmDFf8f5NjU"}},
    {"id": "did:web:example.com#key-1", "type": "JsonWebKey2020",
     "controller": "did:web:example.com",
     "publicKeyJwk": {"kty": "OKP", "crv": "X25519",
                      "x": "9GXjPGGvmRq9F6Ng5dQQ_s31mfhxrcNZxRGONrmH30k"}},
    {"id": "did:web:example.com#key-2", "type": "JsonWebKey2020",
     "controller": "did:web:example.com",
     "publicKeyJwk": {"kty": "EC", "crv": "P-256",
                      "x": "38M1FDts7Oea7urmseiugGW7tWc3mLpJh6rKe7xINZ8",
                      "y": "nDQW6XZ7b_u2Sy9slofYLlG03sOEoug3I0aAPQ0exs4"}}
  ],
  "authentication": ["did:web:example.com#key-0", "did:web:example.com#key-2"],
  "assertionMethod": ["did:web:example.com#key-0", "did:web:example.com#key-2"],
  "keyAgreement": ["did:web:example.com#key-1", "did:web:example.com#key-2"]
})";

TEST(VerificationMethodTest, JsonWebKey2020Ed25519) {
  Result<VerificationMethod> method =
      find_verification_method(object_of(kJwkDocument), "did:web:example.com#key-0");
  ASSERT_TRUE(method.ok()) << method.error().to_string();
  const auto& jwk = std::get<crypto::jose::PublicJwk>(method->key);
  EXPECT_EQ(jwk.key_type(), "OKP");
  EXPECT_EQ(method->purposes, (std::vector<std::string>{"assertionMethod", "authentication"}));
  Result<crypto::Ed25519PublicKey> key = ed25519_public_key_of(*method);
  ASSERT_TRUE(key.ok()) << key.error().to_string();
  Result<crypto::Bytes> x = crypto::decode_base64url("0-e2i2_Ua1S5HbTYnVB0lj2Z2ytXu2-tYmDFf8f5NjU");
  ASSERT_TRUE(x.ok());
  EXPECT_EQ(crypto::Bytes(key->begin(), key->end()), *x);
}

TEST(VerificationMethodTest, JsonWebKey2020P256) {
  Result<VerificationMethod> method =
      find_verification_method(object_of(kJwkDocument), "did:web:example.com#key-2");
  ASSERT_TRUE(method.ok()) << method.error().to_string();
  const auto& jwk = std::get<crypto::jose::PublicJwk>(method->key);
  EXPECT_EQ(jwk.members.at("crv"), "P-256");
  EXPECT_EQ(jwk.members.at("y"), "nDQW6XZ7b_u2Sy9slofYLlG03sOEoug3I0aAPQ0exs4");
  EXPECT_EQ(method->purposes,
            (std::vector<std::string>{"assertionMethod", "authentication", "keyAgreement"}));
  Result<crypto::Ed25519PublicKey> ed25519 = ed25519_public_key_of(*method);
  ASSERT_FALSE(ed25519.ok());
  EXPECT_EQ(ed25519.error().code, "unsupported verification method");
}

TEST(VerificationMethodTest, JsonWebKeyX25519IsUnsupported) {
  Result<VerificationMethod> method =
      find_verification_method(object_of(kJwkDocument), "did:web:example.com#key-1");
  ASSERT_FALSE(method.ok());
  EXPECT_EQ(method.error().code, "unsupported verification method");
  EXPECT_NE(method.error().message.find("did:web:example.com#key-1"), std::string::npos);
  EXPECT_NE(method.error().message.find("X25519"), std::string::npos);
}

TEST(VerificationMethodTest, JsonWebKeyRsa) {
  Result<crypto::jose::JwsSigningKey> signing_key =
      crypto::jose::JwsSigningKey::generate(crypto::jose::JwsAlgorithm::kRs256);
  ASSERT_TRUE(signing_key.ok()) << signing_key.error().to_string();
  const crypto::jose::PublicJwk public_jwk = signing_key->public_jwk();
  boost::json::object method{{"id", "#rsa"},
                             {"type", "JsonWebKey"},
                             {"controller", kDid},
                             {"publicKeyJwk", public_jwk.members}};
  Result<VerificationMethod> found = find_verification_method(document_with(method), "#rsa");
  ASSERT_TRUE(found.ok()) << found.error().to_string();
  const auto& jwk = std::get<crypto::jose::PublicJwk>(found->key);
  EXPECT_EQ(jwk.key_type(), "RSA");
  EXPECT_EQ(jwk.members.at("n"), public_jwk.members.at("n"));
  EXPECT_EQ(jwk.members.at("e"), public_jwk.members.at("e"));
}

TEST(VerificationMethodTest, PrivateJwkIsRefused) {
  boost::json::object method = object_of(R"({"id": "#k", "type": "JsonWebKey2020",
    "controller": "did:example:123",
    "publicKeyJwk": {"kty": "OKP", "crv": "Ed25519",
                     "x": "0-e2i2_Ua1S5HbTYnVB0lj2Z2ytXu2-tYmDFf8f5NjU",
                     "d": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}})");
  Result<VerificationMethod> found = find_verification_method(document_with(method), "#k");
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().code, "invalid verification method");
}

TEST(VerificationMethodTest, MissingMethodNamesTheId) {
  const boost::json::object document = relative_multikey_document(testing::random_ed25519_key());
  for (std::string_view query : {"#key-2", "did:example:456#key-1"}) {
    Result<VerificationMethod> method = find_verification_method(document, query);
    ASSERT_FALSE(method.ok());
    EXPECT_EQ(method.error().code, "verification method not found");
    const std::string absolute =
        query.starts_with('#') ? "did:example:123" + std::string(query) : std::string(query);
    EXPECT_NE(method.error().message.find(absolute), std::string::npos) << method.error().message;
  }
}

TEST(VerificationMethodTest, ReferenceWithoutDefinitionIsNotFound) {
  const boost::json::object document =
      object_of(R"({"id": "did:example:123", "assertionMethod": ["#key-9"]})");
  Result<VerificationMethod> method = find_verification_method(document, "#key-9");
  ASSERT_FALSE(method.ok());
  EXPECT_EQ(method.error().code, "verification method not found");
}

TEST(VerificationMethodTest, UnsupportedTypeNamesTypeAndId) {
  boost::json::object method =
      object_of(R"({"id": "#k", "type": "EcdsaSecp256k1VerificationKey2019",
    "controller": "did:example:123", "publicKeyHex": "02b97c30de767f084ce3080168ee293053ba33b235d7116a3263d29f1450936b71"})");
  Result<VerificationMethod> found = find_verification_method(document_with(method), "#k");
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().code, "unsupported verification method");
  EXPECT_NE(found.error().message.find("EcdsaSecp256k1VerificationKey2019"), std::string::npos);
  EXPECT_NE(found.error().message.find("did:example:123#k"), std::string::npos);
}

TEST(VerificationMethodTest, MultikeyOfAnotherAlgorithmIsUnsupported) {
  // A P-256 public Multikey: multicodec p256-pub (0x1200, varint 0x80 0x24), compressed point.
  crypto::Bytes p256{0x80, 0x24, 0x02};
  p256.resize(2 + 33, 0x11);
  boost::json::object method{
      {"id", "#p256"},
      {"type", "Multikey"},
      {"controller", kDid},
      {"publicKeyMultibase", crypto::encode_multibase(crypto::Multibase::kBase58Btc, p256)}};
  Result<VerificationMethod> found = find_verification_method(document_with(method), "#p256");
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().code, "unsupported verification method");
  EXPECT_NE(found.error().message.find("0x1200"), std::string::npos) << found.error().message;
}

struct MalformedMethodCase {
  const char* name;
  const char* method_json;
  const char* expected_code;
};

class MalformedMethodTest : public ::testing::TestWithParam<MalformedMethodCase> {};

TEST_P(MalformedMethodTest, GivesTheExpectedError) {
  boost::json::object method = object_of(GetParam().method_json);
  Result<VerificationMethod> found = find_verification_method(document_with(method), "#k");
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().code, GetParam().expected_code) << found.error().to_string();
  EXPECT_NE(found.error().message.find("did:example:123#k"), std::string::npos)
      << found.error().message;
}

// z6Mk... below is the key of the DCC test DID, a valid Ed25519 Multikey.
INSTANTIATE_TEST_SUITE_P(
    Cases, MalformedMethodTest,
    ::testing::Values(
        MalformedMethodCase{"NoType",
                            R"({"id": "#k", "controller": "did:example:123",
                                "publicKeyMultibase": "z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ"})",
                            "invalid verification method"},
        MalformedMethodCase{"NoController",
                            R"({"id": "#k", "type": "Multikey",
                                "publicKeyMultibase": "z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ"})",
                            "invalid verification method"},
        MalformedMethodCase{"NoKey",
                            R"({"id": "#k", "type": "Multikey", "controller": "did:example:123"})",
                            "invalid verification method"},
        MalformedMethodCase{"BadBase58",
                            R"({"id": "#k", "type": "Multikey", "controller": "did:example:123",
                                "publicKeyMultibase": "z6Mk0OIl"})",
                            "invalid verification method"},
        MalformedMethodCase{"ShortBase58Key",
                            R"({"id": "#k", "type": "Ed25519VerificationKey2018",
                                "controller": "did:example:123", "publicKeyBase58": "4zvwRjXUKGfvwnParsHAS3HuSVzV5cA4"})",
                            "invalid verification method"},
        MalformedMethodCase{"TwoKeyMaterials",
                            R"({"id": "#k", "type": "Multikey", "controller": "did:example:123",
                                "publicKeyMultibase": "z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ",
                                "publicKeyBase58": "4zvwRjXUKGfvwnParsHAS3HuSVzV5cA4McphgmoCtajS"})",
                            "invalid verification method"},
        MalformedMethodCase{"RevokedNotADate",
                            R"({"id": "#k", "type": "Multikey", "controller": "did:example:123",
                                "publicKeyMultibase": "z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ",
                                "revoked": "yesterday"})",
                            "invalid verification method"},
        MalformedMethodCase{
            "JwkNotAnObject",
            R"({"id": "#k", "type": "JsonWebKey2020", "controller": "did:example:123",
                                "publicKeyJwk": "eyJrdHkiOiJPS1AifQ"})",
            "invalid verification method"}),
    [](const ::testing::TestParamInfo<MalformedMethodCase>& info) { return info.param.name; });

TEST(VerificationMethodTest, TwoDifferentDefinitionsOfOneIdAreRefused) {
  boost::json::object document = relative_multikey_document(testing::random_ed25519_key());
  boost::json::object other = document["verificationMethod"].as_array()[0].as_object();
  other["publicKeyMultibase"] =
      crypto::encode_ed25519_public_multikey(testing::random_ed25519_key());
  document["assertionMethod"].as_array().push_back(other);
  Result<VerificationMethod> found = find_verification_method(document, "#key-1");
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().code, "invalid DID document");
}

TEST(VerificationMethodTest, IdenticalDefinitionsInTwoPlacesAreOneMethod) {
  boost::json::object document = relative_multikey_document(testing::random_ed25519_key());
  document["authentication"] = boost::json::array{document["verificationMethod"].as_array()[0]};
  Result<VerificationMethod> found = find_verification_method(document, "#key-1");
  ASSERT_TRUE(found.ok()) << found.error().to_string();
  EXPECT_TRUE(found->has_purpose("authentication"));
  EXPECT_TRUE(found->has_purpose("assertionMethod"));
}

}  // namespace
}  // namespace cairn::did
