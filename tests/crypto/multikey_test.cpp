// Multikey encodings of Ed25519 keys, against the vc-di-eddsa key pair and the did:key vectors
// (read from ../shared at run time) and malformed inputs.
#include "crypto/multikey.h"

#include <gtest/gtest.h>

#include "crypto/base58.h"
#include "crypto/base64url.h"
#include "crypto_test_support.h"

namespace cairn::crypto {
namespace {

using testing::from_hex;

constexpr std::string_view kVcDiEddsaKeyPair = "conformance/vc-di-eddsa/TestVectors/keyPair.json";
constexpr std::string_view kDidKeyVectors = "conformance/did-key/ed25519-x25519.json";

TEST(MultikeyTest, VcDiEddsaKeyPairSecretRegeneratesItsPublicKey) {
  const auto key_pair = testing::read_json_file(testing::shared_path(kVcDiEddsaKeyPair));
  if (!key_pair) GTEST_SKIP() << "skipped: ../shared/" << kVcDiEddsaKeyPair << " not present";
  const boost::json::object& object = key_pair->as_object();
  const std::string public_text(object.at("publicKeyMultibase").as_string());
  // The file names the secret privateKeyMultibase; Controlled Identifiers 1.0 secretKeyMultibase.
  const char* secret_name =
      object.contains("secretKeyMultibase") ? "secretKeyMultibase" : "privateKeyMultibase";
  const std::string secret_text(object.at(secret_name).as_string());

  Result<Ed25519PublicKey> public_key = decode_ed25519_public_multikey(public_text);
  ASSERT_TRUE(public_key.ok()) << public_key.error().to_string();
  Result<SecretBytes> seed = decode_ed25519_secret_multikey(secret_text);
  ASSERT_TRUE(seed.ok()) << seed.error().to_string();
  ASSERT_EQ(seed->size(), 32u);

  Result<Ed25519KeyPair> pair = Ed25519KeyPair::from_seed(seed->view());
  ASSERT_TRUE(pair.ok());
  EXPECT_EQ(pair->public_key(), *public_key);
  EXPECT_EQ(encode_ed25519_public_multikey(pair->public_key()), public_text);
  EXPECT_EQ(encode_ed25519_secret_multikey(seed->view()), secret_text);
}

TEST(MultikeyTest, DidKeyVectorSeedsGiveTheirMultikeys) {
  const auto vectors = testing::read_json_file(testing::shared_path(kDidKeyVectors));
  if (!vectors) GTEST_SKIP() << "skipped: ../shared/" << kDidKeyVectors << " not present";
  ASSERT_FALSE(vectors->as_object().empty());
  for (const auto& [did, vector] : vectors->as_object()) {
    const std::string multikey(std::string_view(did).substr(std::string_view("did:key:").size()));
    Result<Ed25519KeyPair> pair =
        Ed25519KeyPair::from_seed(from_hex(vector.at("seed").as_string()));
    ASSERT_TRUE(pair.ok());
    EXPECT_EQ(encode_ed25519_public_multikey(pair->public_key()), multikey);
    // One vector also gives the seed as a private JWK ("d").
    const boost::json::object& key_pair = vector.at("verificationKeyPair").as_object();
    if (key_pair.contains("privateKeyJwk")) {
      Result<Bytes> d = decode_base64url(key_pair.at("privateKeyJwk").at("d").as_string());
      ASSERT_TRUE(d.ok());
      EXPECT_EQ(*d, from_hex(vector.at("seed").as_string()));
    }

    Result<Ed25519PublicKey> decoded = decode_ed25519_public_multikey(multikey);
    ASSERT_TRUE(decoded.ok()) << multikey;
    const Bytes raw = testing::raw_public_key_of(vector.at("verificationKeyPair"));
    ASSERT_EQ(raw.size(), 32u) << multikey;
    EXPECT_EQ(Bytes(decoded->begin(), decoded->end()), raw) << multikey;
  }
}

TEST(MultikeyTest, EncodedKeysHaveTheMulticodecPrefixes) {
  const Ed25519KeyPair pair = Ed25519KeyPair::generate();
  const std::string public_text = encode_ed25519_public_multikey(pair.public_key());
  EXPECT_TRUE(public_text.starts_with("z6Mk")) << public_text;
  Result<Bytes> raw = decode_base58btc(std::string_view(public_text).substr(1));
  ASSERT_TRUE(raw.ok());
  ASSERT_EQ(raw->size(), 34u);
  EXPECT_EQ((*raw)[0], 0xed);
  EXPECT_EQ((*raw)[1], 0x01);

  const std::string secret_text = encode_ed25519_secret_multikey(pair.seed());
  EXPECT_TRUE(secret_text.starts_with("z3u2")) << secret_text;
  Result<Bytes> secret_raw = decode_base58btc(std::string_view(secret_text).substr(1));
  ASSERT_TRUE(secret_raw.ok());
  ASSERT_EQ(secret_raw->size(), 34u);
  EXPECT_EQ((*secret_raw)[0], 0x80);
  EXPECT_EQ((*secret_raw)[1], 0x26);
}

std::string multibase_of(std::initializer_list<std::uint8_t> prefix, std::size_t key_bytes) {
  Bytes bytes(prefix);
  bytes.resize(prefix.size() + key_bytes, 0x42);
  return 'z' + encode_base58btc(bytes);
}

void expect_refused(const Result<Ed25519PublicKey>& result, std::string_view message_part) {
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "invalid multikey");
  EXPECT_NE(result.error().message.find(message_part), std::string::npos) << result.error().message;
}

TEST(MultikeyTest, PublicKeyErrorsSayWhatIsWrong) {
  expect_refused(decode_ed25519_public_multikey(""), "'z'");
  expect_refused(decode_ed25519_public_multikey("u7QE"), "'z'");
  expect_refused(decode_ed25519_public_multikey("z6Mk0"), "base58");
  expect_refused(decode_ed25519_public_multikey(multibase_of({0x80, 0x26}, 32)), "ed01");
  expect_refused(decode_ed25519_public_multikey(multibase_of({0xec, 0x01}, 32)), "ed01");
  expect_refused(decode_ed25519_public_multikey(multibase_of({0xed, 0x01}, 31)), "31 bytes");
  expect_refused(decode_ed25519_public_multikey(multibase_of({0xed, 0x01}, 33)), "33 bytes");
  expect_refused(decode_ed25519_public_multikey(multibase_of({0xed, 0x01}, 5000)), "base58");
  EXPECT_TRUE(decode_ed25519_public_multikey(multibase_of({0xed, 0x01}, 32)).ok());
}

TEST(MultikeyTest, SecretKeyErrorsSayWhatIsWrong) {
  EXPECT_TRUE(decode_ed25519_secret_multikey(multibase_of({0x80, 0x26}, 32)).ok());
  for (const auto& [text, message_part] :
       std::initializer_list<std::pair<std::string, std::string_view>>{
           {multibase_of({0xed, 0x01}, 32), "8026"},
           {multibase_of({0x80, 0x26}, 64), "64 bytes"},
           {"zz0", "base58"},
           {"", "'z'"}}) {
    Result<SecretBytes> seed = decode_ed25519_secret_multikey(text);
    ASSERT_FALSE(seed.ok()) << text;
    EXPECT_EQ(seed.error().code, "invalid multikey");
    EXPECT_NE(seed.error().message.find(message_part), std::string::npos) << seed.error().message;
  }
}

}  // namespace
}  // namespace cairn::crypto
