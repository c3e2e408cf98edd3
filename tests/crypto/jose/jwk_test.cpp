// parse_public_jwk: the three key types, and everything a public signature JWK must not be.
#include "crypto/jose/jwk.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "crypto/base64url.h"
#include "crypto/ed25519.h"
#include "crypto/jose/jws.h"
#include "rfc_keys.h"

namespace cairn::crypto::jose {
namespace {

using namespace testing;

boost::json::object rsa_members() { return {{"kty", "RSA"}, {"n", kRsaN}, {"e", kRsaE}}; }
boost::json::object ec_members() {
  return {{"kty", "EC"}, {"crv", "P-256"}, {"x", kEcX}, {"y", kEcY}};
}
boost::json::object ed_members() { return {{"kty", "OKP"}, {"crv", "Ed25519"}, {"x", kEdX}}; }

void expect_invalid(const boost::json::value& jwk, std::string_view message_part) {
  auto parsed = parse_public_jwk(jwk);
  ASSERT_FALSE(parsed.ok()) << boost::json::serialize(jwk);
  EXPECT_EQ(parsed.error().code, "invalid jwk");
  EXPECT_NE(parsed.error().message.find(message_part), std::string::npos) << parsed.error().message;
}

TEST(ParsePublicJwk, AcceptsTheRfcKeysAndKeepsOnlyPublicMembersAndMetadata) {
  for (auto members : {rsa_members(), ec_members(), ed_members()}) {
    members["kid"] = "k1";
    members["use"] = "sig";
    members["x5u"] = "https://example.com/ignored";
    auto jwk = parse_public_jwk(members);
    ASSERT_TRUE(jwk.ok()) << jwk.error().to_string();
    EXPECT_FALSE(jwk->members.contains("x5u"));
    EXPECT_EQ(jwk->members.at("kid").as_string(), "k1");
    EXPECT_EQ(jwk->key_type(), members.at("kty").as_string());
  }
}

TEST(ParsePublicJwk, RefusesPrivateMembers) {
  auto rsa = rsa_members();
  rsa["d"] = kRsaD;
  expect_invalid(rsa, "\"d\" is private");
  auto ec = ec_members();
  ec["d"] = kEcD;
  expect_invalid(ec, "\"d\" is private");
  auto ed = ed_members();
  ed["d"] = kEdD;
  expect_invalid(ed, "\"d\" is private");
  expect_invalid(boost::json::object{{"kty", "oct"}, {"k", "AyM1SysPpbyDfgZld3umj1qzKObwVMko"}},
                 "\"k\" is private");
}

TEST(ParsePublicJwk, RefusesUnsupportedTypesAndCurves) {
  expect_invalid(boost::json::object{{"kty", "oct"}}, "kty \"oct\"");
  auto p384 = ec_members();
  p384["crv"] = "P-384";
  expect_invalid(p384, "P-384");
  auto x25519 = ed_members();
  x25519["crv"] = "X25519";
  expect_invalid(x25519, "X25519");
  expect_invalid(boost::json::value("RSA"), "JSON object");
  expect_invalid(boost::json::object{{"n", kRsaN}}, "\"kty\" is missing");
}

TEST(ParsePublicJwk, RefusesAPointOffTheCurve) {
  auto ec = ec_members();
  Bytes y = base64url_bytes(kEcY);
  y[31] ^= 1;
  ec["y"] = encode_base64url(y);
  expect_invalid(ec, "not a valid public key");
}

TEST(ParsePublicJwk, RefusesWrongCoordinateLengthsAndBadBase64url) {
  auto ed = ed_members();
  ed["x"] = encode_base64url(Bytes(31, 1));
  expect_invalid(ed, "32 bytes");
  auto ec = ec_members();
  ec["x"] = std::string(kEcX) + "=";
  expect_invalid(ec, "base64url");
  auto rsa = rsa_members();
  rsa["e"] = 65537;
  expect_invalid(rsa, "\"e\" is not a string");
}

TEST(ParsePublicJwk, RefusesShortRsaModuliAndBadExponents) {
  Bytes n = base64url_bytes(kRsaN);
  n.erase(n.begin(), n.begin() + 128);  // about 1024 bits left
  expect_invalid(boost::json::object{{"kty", "RSA"}, {"n", encode_base64url(n)}, {"e", kRsaE}},
                 "bits; accepted are 2048");
  for (const auto e : {"AQ", "Ag", "AAE"}) {  // 1, 2, and 1 with a leading zero
    auto rsa = rsa_members();
    rsa["e"] = e;
    expect_invalid(rsa, "exponent");
  }
  auto huge = rsa_members();
  huge["n"] = encode_base64url(Bytes(4096, 0xff));
  expect_invalid(huge, "\"n\"");
}

TEST(ParsePublicJwk, RefusesUseOtherThanSig) {
  auto ed = ed_members();
  ed["use"] = "enc";
  expect_invalid(ed, "\"use\"");
}

TEST(JwkOfEd25519, GivesTheRfc8037PublicKey) {
  auto pair = Ed25519KeyPair::from_seed(base64url_bytes(kEdD));
  ASSERT_TRUE(pair.ok());
  const PublicJwk jwk = jwk_of_ed25519(pair->public_key());
  EXPECT_EQ(jwk.members, ed_members());
  auto key = ed25519_public_key_of(jwk);
  ASSERT_TRUE(key.ok());
  EXPECT_EQ(*key, pair->public_key());
  EXPECT_FALSE(ed25519_public_key_of(PublicJwk{ec_members()}).ok());
}

}  // namespace
}  // namespace cairn::crypto::jose
