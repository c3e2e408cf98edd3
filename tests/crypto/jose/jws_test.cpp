// Compact JWS: round trips for EdDSA, RS256 and ES256, tampering, algorithm confusion, and the
// headers and sizes parse_compact_jws refuses.
#include "crypto/jose/jws.h"

#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <string>

#include "crypto/base64url.h"
#include "rfc_keys.h"

namespace cairn::crypto::jose {
namespace {

using testing::key_for;

std::string base64url_of(std::string_view text) {
  return encode_base64url(
      std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

Result<bool> verify_token(std::string_view token, const PublicJwk& key) {
  auto jws = parse_compact_jws(token);
  if (!jws.ok()) return jws.error();
  return verify_jws_signature(*jws, key);
}

// A token whose header is `header` (JSON text), with the payload and signature of `token`.
std::string with_header(std::string_view token, std::string_view header) {
  return base64url_of(header) + std::string(token.substr(token.find('.')));
}

class EachAlgorithm : public ::testing::TestWithParam<JwsAlgorithm> {
 protected:
  const JwsSigningKey& key() const { return key_for(GetParam()); }
  std::string signed_token(std::string_view payload = "{\"hello\":\"world\"}") const {
    auto token = sign_compact_jws({{"typ", "JWT"}, {"kid", "key-1"}}, payload, key());
    EXPECT_TRUE(token.ok()) << token.error().to_string();
    return token.value();
  }
};

TEST_P(EachAlgorithm, RoundTripVerifiesAndKeepsHeaderAndPayload) {
  const std::string token = signed_token();
  auto jws = parse_compact_jws(token);
  ASSERT_TRUE(jws.ok()) << jws.error().to_string();
  EXPECT_EQ(jws->payload, "{\"hello\":\"world\"}");
  EXPECT_EQ(jws->header.at("alg").as_string(), jws_algorithm_name(GetParam()));
  EXPECT_EQ(jws->header.at("kid").as_string(), "key-1");
  EXPECT_EQ(jws->algorithm, GetParam());
  auto valid = verify_jws_signature(*jws, key().public_jwk());
  ASSERT_TRUE(valid.ok()) << valid.error().to_string();
  EXPECT_TRUE(*valid);
}

TEST_P(EachAlgorithm, Pkcs8RoundTripKeepsTheKey) {
  auto reloaded = JwsSigningKey::from_pkcs8(key().pkcs8());
  ASSERT_TRUE(reloaded.ok()) << reloaded.error().to_string();
  EXPECT_EQ(reloaded->algorithm(), GetParam());
  EXPECT_EQ(reloaded->public_jwk().members, key().public_jwk().members);
  auto token = sign_compact_jws({}, "x", *reloaded);
  ASSERT_TRUE(token.ok());
  auto valid = verify_token(*token, key().public_jwk());
  ASSERT_TRUE(valid.ok());
  EXPECT_TRUE(*valid);
}

TEST_P(EachAlgorithm, TamperedPayloadFails) {
  const std::string token = signed_token();
  const auto first = token.find('.');
  const auto second = token.find('.', first + 1);
  const std::string tampered =
      token.substr(0, first + 1) + base64url_of("{\"hello\":\"there\"}") + token.substr(second);
  auto valid = verify_token(tampered, key().public_jwk());
  ASSERT_TRUE(valid.ok()) << valid.error().to_string();
  EXPECT_FALSE(*valid);
}

TEST_P(EachAlgorithm, TamperedHeaderFails) {
  const std::string token = signed_token();
  const std::string header = "{\"alg\":\"" + std::string(jws_algorithm_name(GetParam())) +
                             "\",\"typ\":\"JWT\",\"kid\":\"key-2\"}";
  auto valid = verify_token(with_header(token, header), key().public_jwk());
  ASSERT_TRUE(valid.ok()) << valid.error().to_string();
  EXPECT_FALSE(*valid);
}

TEST_P(EachAlgorithm, TamperedSignatureFails) {
  auto jws = parse_compact_jws(signed_token());
  ASSERT_TRUE(jws.ok());
  for (const std::size_t index :
       {std::size_t{0}, jws->signature.size() / 2, jws->signature.size() - 1}) {
    auto tampered = *jws;
    tampered.signature[index] ^= 0x01;
    auto valid = verify_jws_signature(tampered, key().public_jwk());
    ASSERT_TRUE(valid.ok());
    EXPECT_FALSE(*valid) << "byte " << index;
  }
  auto truncated = *jws;
  truncated.signature.pop_back();
  auto valid = verify_jws_signature(truncated, key().public_jwk());
  ASSERT_TRUE(valid.ok());
  EXPECT_FALSE(*valid);
}

TEST_P(EachAlgorithm, AnotherKeyOfTheSameTypeFails) {
  auto other = GetParam() == JwsAlgorithm::kRs256
                   ? JwsSigningKey::from_pkcs8(testing::generated_rsa_pkcs8(2048))
                   : JwsSigningKey::generate(GetParam());
  ASSERT_TRUE(other.ok());
  auto valid = verify_token(signed_token(), other->public_jwk());
  ASSERT_TRUE(valid.ok());
  EXPECT_FALSE(*valid);
}

TEST_P(EachAlgorithm, KeysOfTheOtherTypesAreRefusedAsAlgorithmMismatch) {
  const std::string token = signed_token();
  for (const auto other : {JwsAlgorithm::kEdDsa, JwsAlgorithm::kRs256, JwsAlgorithm::kEs256}) {
    if (other == GetParam()) continue;
    auto valid = verify_token(token, key_for(other).public_jwk());
    ASSERT_FALSE(valid.ok()) << jws_algorithm_name(other);
    EXPECT_EQ(valid.error().code, "jws algorithm mismatch");
  }
}

TEST_P(EachAlgorithm, HeaderAlgOfAnotherAlgorithmIsRefusedForThisKey) {
  // The attacker relabels the token: the key type decides, not the header.
  const auto other = GetParam() == JwsAlgorithm::kRs256 ? "ES256" : "RS256";
  const std::string token = with_header(signed_token(), std::string("{\"alg\":\"") + other + "\"}");
  auto valid = verify_token(token, key().public_jwk());
  ASSERT_FALSE(valid.ok());
  EXPECT_EQ(valid.error().code, "jws algorithm mismatch");
}

TEST_P(EachAlgorithm, KeyWhoseAlgMemberDiffersIsRefused) {
  PublicJwk jwk = key().public_jwk();
  jwk.members["alg"] = GetParam() == JwsAlgorithm::kRs256 ? "RS512" : "RS256";
  auto valid = verify_token(signed_token(), jwk);
  ASSERT_FALSE(valid.ok());
  EXPECT_EQ(valid.error().code, "jws algorithm mismatch");
}

INSTANTIATE_TEST_SUITE_P(Jws, EachAlgorithm,
                         ::testing::Values(JwsAlgorithm::kEdDsa, JwsAlgorithm::kRs256,
                                           JwsAlgorithm::kEs256),
                         [](const auto& info) {
                           return std::string(jws_algorithm_name(info.param));
                         });

TEST(ParseCompactJws, RefusesAlgNoneWithOrWithoutASignature) {
  const std::string unsecured = base64url_of("{\"alg\":\"none\"}") + "." + base64url_of("{}") + ".";
  for (const std::string& token : {unsecured, unsecured + "AAAA"}) {
    auto jws = parse_compact_jws(token);
    ASSERT_FALSE(jws.ok()) << token;
    EXPECT_EQ(jws.error().code, "unsupported jws algorithm");
    EXPECT_NE(jws.error().message.find("unsecured"), std::string::npos);
  }
}

TEST(ParseCompactJws, RefusesHmacAlgorithmsSoAPublicKeyNeverBecomesAnHmacSecret) {
  for (const auto alg : {"HS256", "HS384", "HS512"}) {
    const std::string token =
        base64url_of(std::string("{\"alg\":\"") + alg + "\"}") + "." + base64url_of("{}") + ".AAAA";
    auto jws = parse_compact_jws(token);
    ASSERT_FALSE(jws.ok()) << alg;
    EXPECT_EQ(jws.error().code, "unsupported jws algorithm") << alg;
  }
}

TEST(VerifyJwsSignature, RefusesHmacEvenWhenTheParsedJwsWasBuiltByHand) {
  ParsedJws jws;
  jws.header = {{"alg", "HS256"}};
  jws.signing_input = "a.b";
  jws.signature = Bytes(32, 1);
  auto valid = verify_jws_signature(jws, key_for(JwsAlgorithm::kRs256).public_jwk());
  ASSERT_FALSE(valid.ok());
  EXPECT_EQ(valid.error().code, "unsupported jws algorithm");
}

TEST(ParseCompactJws, RefusesUnknownAlgorithms) {
  for (const auto alg : {"ES384", "PS256", "RS512", "eddsa", ""}) {
    const std::string token =
        base64url_of(std::string("{\"alg\":\"") + alg + "\"}") + "." + base64url_of("{}") + ".AAAA";
    auto jws = parse_compact_jws(token);
    ASSERT_FALSE(jws.ok()) << alg;
    EXPECT_EQ(jws.error().code, "unsupported jws algorithm") << alg;
  }
}

TEST(ParseCompactJws, RefusesCritAndUnencodedPayloads) {
  for (const auto header :
       {R"({"alg":"EdDSA","crit":["exp"],"exp":1})",
        R"({"alg":"EdDSA","b64":false,"crit":["b64"]})", R"({"alg":"EdDSA","b64":false})"}) {
    const std::string token = base64url_of(header) + "." + base64url_of("{}") + ".AAAA";
    auto jws = parse_compact_jws(token);
    ASSERT_FALSE(jws.ok()) << header;
    EXPECT_EQ(jws.error().code, "invalid jws") << header;
  }
}

TEST(ParseCompactJws, RefusesMalformedStructure) {
  const std::string header = base64url_of(R"({"alg":"EdDSA"})");
  const std::string payload = base64url_of("{}");
  for (const std::string& token :
       {std::string(""), header, header + "." + payload, header + "." + payload + ".AAAA.AAAA",
        header + "=." + payload + ".AAAA", header + "." + payload + ".AA+A",
        base64url_of("[1]") + "." + payload + ".AAAA",
        base64url_of("{\"alg\":1}") + "." + payload + ".AAAA",
        base64url_of(R"({"alg":"EdDSA","alg":"EdDSA"})") + "." + payload + ".AAAA",
        base64url_of("{") + "." + payload + ".AAAA"}) {
    auto jws = parse_compact_jws(token);
    ASSERT_FALSE(jws.ok()) << token;
    EXPECT_EQ(jws.error().code, "invalid jws") << token << ": " << jws.error().to_string();
  }
}

TEST(ParseCompactJws, EnforcesTheLimits) {
  const std::string token =
      base64url_of(R"({"alg":"EdDSA"})") + "." + base64url_of(std::string(2000, 'x')) + ".AAAA";
  ASSERT_TRUE(parse_compact_jws(token).ok());
  auto too_long = parse_compact_jws(token, JwsLimits{.max_token_bytes = 1000});
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().code, "limit exceeded");

  const std::string big_header =
      base64url_of(R"({"alg":"EdDSA","x":")" + std::string(20000, 'a') + "\"}") + "." +
      base64url_of("{}") + ".AAAA";
  auto header_too_big = parse_compact_jws(big_header);
  ASSERT_FALSE(header_too_big.ok());

  std::string deep = R"({"alg":"EdDSA","x":)";
  for (int i = 0; i < 20; ++i) deep += "[";
  for (int i = 0; i < 20; ++i) deep += "]";
  deep += "}";
  auto too_deep = parse_compact_jws(base64url_of(deep) + "." + base64url_of("{}") + ".AAAA");
  ASSERT_FALSE(too_deep.ok());
  EXPECT_EQ(too_deep.error().code, "limit exceeded");
}

TEST(SignCompactJws, SetsAlgFirstAndReplacesAGivenAlg) {
  const auto& key = key_for(JwsAlgorithm::kEdDsa);
  auto token = sign_compact_jws({{"typ", "JWT"}, {"alg", "none"}}, "{}", key);
  ASSERT_TRUE(token.ok());
  auto jws = parse_compact_jws(*token);
  ASSERT_TRUE(jws.ok());
  EXPECT_EQ(boost::json::serialize(jws->header), R"({"alg":"EdDSA","typ":"JWT"})");
}

TEST(SignCompactJws, RefusesHeadersTheParserWouldRefuse) {
  const auto& key = key_for(JwsAlgorithm::kEdDsa);
  auto crit = sign_compact_jws({{"crit", boost::json::array{"exp"}}}, "{}", key);
  ASSERT_FALSE(crit.ok());
  EXPECT_EQ(crit.error().code, "invalid jws header");
}

TEST(JwsSigningKey, RefusesBadKeys) {
  EXPECT_FALSE(JwsSigningKey::from_ed25519_seed(Bytes(31, 7)).ok());
  EXPECT_FALSE(JwsSigningKey::from_pkcs8(Bytes{0x30, 0x03, 0x02, 0x01, 0x00}).ok());
  auto short_rsa = JwsSigningKey::from_pkcs8(testing::generated_rsa_pkcs8(1024));
  ASSERT_FALSE(short_rsa.ok());
  EXPECT_EQ(short_rsa.error().code, "invalid key");
  auto p384 = JwsSigningKey::from_pkcs8(testing::generated_ec_pkcs8("P-384"));
  ASSERT_FALSE(p384.ok());
  EXPECT_EQ(p384.error().code, "invalid key");
  Bytes trailing = key_for(JwsAlgorithm::kEs256).pkcs8();
  trailing.push_back(0);
  EXPECT_FALSE(JwsSigningKey::from_pkcs8(trailing).ok());
}

TEST(JwsSigningKey, GeneratedRsaKeysHave3072Bits) {
  auto key = JwsSigningKey::generate(JwsAlgorithm::kRs256);
  ASSERT_TRUE(key.ok());
  const auto n = key->public_jwk().members.at("n").as_string();
  auto modulus = decode_base64url(n);
  ASSERT_TRUE(modulus.ok());
  EXPECT_EQ(modulus->size(), 384u);
}

}  // namespace
}  // namespace cairn::crypto::jose
