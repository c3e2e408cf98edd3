// The examples of RFC 7515 Appendix A.2 (RS256) and A.3 (ES256) and RFC 8037 Appendix A.4
// (EdDSA): their tokens verify with their public keys, and where the algorithm is deterministic
// (RSASSA-PKCS1-v1_5, Ed25519) signing reproduces the RFC's token byte for byte.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "crypto/jose/jws.h"
#include "rfc_keys.h"

namespace cairn::crypto::jose {
namespace {

using namespace testing;

PublicJwk parsed_jwk(boost::json::object members) {
  auto jwk = parse_public_jwk(members);
  EXPECT_TRUE(jwk.ok()) << jwk.error().to_string();
  return jwk.value();
}

PublicJwk rsa_jwk() { return parsed_jwk({{"kty", "RSA"}, {"n", kRsaN}, {"e", kRsaE}}); }
PublicJwk ec_jwk() {
  return parsed_jwk({{"kty", "EC"}, {"crv", "P-256"}, {"x", kEcX}, {"y", kEcY}});
}
PublicJwk ed_jwk() { return parsed_jwk({{"kty", "OKP"}, {"crv", "Ed25519"}, {"x", kEdX}}); }

bool verifies(std::string_view token, const PublicJwk& key) {
  auto jws = parse_compact_jws(token);
  EXPECT_TRUE(jws.ok()) << jws.error().to_string();
  if (!jws.ok()) return false;
  auto valid = verify_jws_signature(*jws, key);
  EXPECT_TRUE(valid.ok()) << valid.error().to_string();
  return valid.ok() && *valid;
}

TEST(Rfc7515A2, Rs256ExampleVerifies) {
  EXPECT_TRUE(verifies(kRs256Jws, rsa_jwk()));
  const auto jws = parse_compact_jws(kRs256Jws);
  ASSERT_TRUE(jws.ok());
  EXPECT_EQ(jws->payload, kRfc7515Payload);
  EXPECT_EQ(jws->algorithm, JwsAlgorithm::kRs256);
}

TEST(Rfc7515A2, SigningWithTheExampleKeyReproducesTheExampleToken) {
  auto key = JwsSigningKey::from_pkcs8(rfc7515_rsa_pkcs8());
  ASSERT_TRUE(key.ok()) << key.error().to_string();
  EXPECT_EQ(key->algorithm(), JwsAlgorithm::kRs256);
  auto token = sign_compact_jws({}, kRfc7515Payload, *key);
  ASSERT_TRUE(token.ok()) << token.error().to_string();
  EXPECT_EQ(*token, kRs256Jws);
  EXPECT_EQ(key->public_jwk().members, rsa_jwk().members);
}

TEST(Rfc7515A3, Es256ExampleVerifies) { EXPECT_TRUE(verifies(kEs256Jws, ec_jwk())); }

TEST(Rfc7515A3, SignaturesOfTheExampleKeyVerifyAgainstTheExamplePublicKey) {
  auto key = JwsSigningKey::from_pkcs8(rfc7515_ec_pkcs8());
  ASSERT_TRUE(key.ok()) << key.error().to_string();
  EXPECT_EQ(key->algorithm(), JwsAlgorithm::kEs256);
  EXPECT_EQ(key->public_jwk().members, ec_jwk().members);
  auto token = sign_compact_jws({}, kRfc7515Payload, *key);
  ASSERT_TRUE(token.ok()) << token.error().to_string();
  // ECDSA is randomized: the token differs from the RFC's but has the same signing input.
  EXPECT_EQ(token->substr(0, token->rfind('.')), kEs256Jws.substr(0, kEs256Jws.rfind('.')));
  EXPECT_TRUE(verifies(*token, ec_jwk()));
}

TEST(Rfc8037A4, EdDsaExampleVerifies) { EXPECT_TRUE(verifies(kEdDsaJws, ed_jwk())); }

TEST(Rfc8037A4, SigningWithTheExampleSeedReproducesTheExampleToken) {
  auto key = JwsSigningKey::from_ed25519_seed(base64url_bytes(kEdD));
  ASSERT_TRUE(key.ok()) << key.error().to_string();
  // RFC 8037 A.2: the public key of the seed.
  EXPECT_EQ(key->public_jwk().members, ed_jwk().members);
  auto token = sign_compact_jws({}, kEdPayload, *key);
  ASSERT_TRUE(token.ok()) << token.error().to_string();
  EXPECT_EQ(*token, kEdDsaJws);
}

TEST(Rfc7515A2, TheExampleSignatureFailsOnceTheSigningInputChangesByOneBit) {
  auto jws = parse_compact_jws(kRs256Jws);
  ASSERT_TRUE(jws.ok());
  jws->signing_input[jws->signing_input.size() - 1] ^= 1;
  auto valid = verify_jws_signature(*jws, rsa_jwk());
  ASSERT_TRUE(valid.ok());
  EXPECT_FALSE(*valid);
}

}  // namespace
}  // namespace cairn::crypto::jose
