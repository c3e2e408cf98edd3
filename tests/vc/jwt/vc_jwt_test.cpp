// VC-JWT: encode -> decode -> verify for both payload forms and all three algorithms, the claims
// mapped back into the credential, and the disagreements and headers that are reported or refused.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <string>

#include "crypto/base64url.h"
#include "crypto/jose/jws.h"
#include "rfc_keys.h"
#include "vc/jwt/decode_vc_jwt.h"
#include "vc/jwt/encode_vc_jwt.h"
#include "vc/jwt/verify_vc_jwt.h"

namespace cairn::vc::jwt {
namespace {

using crypto::jose::JwsAlgorithm;
using crypto::jose::JwsSigningKey;
using crypto::jose::testing::key_for;

boost::json::object vc2_credential() {
  return boost::json::parse(R"({
    "@context": ["https://www.w3.org/ns/credentials/v2",
                 "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "id": "urn:uuid:2f6c1a4e-0000-4000-8000-000000000001",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {"id": "https://issuer.example/profile", "type": ["Profile"], "name": "Example"},
    "validFrom": "2024-01-02T03:04:05Z",
    "validUntil": "2030-01-01T00:00:00Z",
    "name": "Example badge",
    "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"]}
  })")
      .as_object();
}

boost::json::object vc1_credential() {
  return boost::json::parse(R"({
    "@context": ["https://www.w3.org/2018/credentials/v1",
                 "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "id": "http://example.edu/credentials/1",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": "https://issuer.example/profile",
    "issuanceDate": "2010-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"]}
  })")
      .as_object();
}

boost::json::object payload_of(std::string_view token) {
  const auto first = token.find('.');
  const auto second = token.find('.', first + 1);
  auto bytes = crypto::decode_base64url(token.substr(first + 1, second - first - 1));
  return boost::json::parse(std::string(bytes->begin(), bytes->end())).as_object();
}

// A token signed by `key` with `header` and the JSON `payload`, written without encode_vc_jwt.
std::string hand_made_token(const boost::json::object& header, const boost::json::object& payload,
                            JwsAlgorithm algorithm = JwsAlgorithm::kEdDsa) {
  return crypto::jose::sign_compact_jws(header, boost::json::serialize(payload), key_for(algorithm))
      .value();
}

class EachAlgorithm : public ::testing::TestWithParam<JwsAlgorithm> {};

TEST_P(EachAlgorithm, Vc2CredentialRoundTripsWithClaimsBesideTheCredential) {
  const auto& key = key_for(GetParam());
  auto token = encode_vc_jwt(vc2_credential(), key, "https://issuer.example/keys/1");
  ASSERT_TRUE(token.ok()) << token.error().to_string();

  const auto payload = payload_of(*token);
  EXPECT_FALSE(payload.contains("vc"));
  EXPECT_EQ(payload.at("iss").as_string(), "https://issuer.example/profile");
  EXPECT_EQ(payload.at("jti").as_string(), "urn:uuid:2f6c1a4e-0000-4000-8000-000000000001");
  EXPECT_EQ(payload.at("sub").as_string(), "did:example:learner");
  EXPECT_EQ(payload.at("nbf").as_int64(), 1704164645);  // 2024-01-02T03:04:05Z
  EXPECT_EQ(payload.at("exp").as_int64(), 1893456000);  // 2030-01-01T00:00:00Z

  auto decoded = decode_vc_jwt(*token);
  ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
  EXPECT_EQ(decoded->form, VcJwtForm::kCredentialPayload);
  EXPECT_EQ(decoded->credential, vc2_credential());
  EXPECT_TRUE(decoded->filled_from_claims.empty());
  EXPECT_EQ(decoded->kid, "https://issuer.example/keys/1");
  EXPECT_FALSE(decoded->jwk.has_value());
  EXPECT_EQ(decoded->jws.header.at("typ").as_string(), "JWT");

  auto verification = verify_vc_jwt(*decoded, key.public_jwk());
  ASSERT_TRUE(verification.ok()) << verification.error().to_string();
  EXPECT_TRUE(verification->signature_valid);
  EXPECT_TRUE(verification->claim_problems.empty());
  EXPECT_TRUE(verification->valid());
}

TEST_P(EachAlgorithm, Vc1CredentialRoundTripsInsideTheVcClaim) {
  const auto& key = key_for(GetParam());
  auto token = encode_vc_jwt(vc1_credential(), key, "");
  ASSERT_TRUE(token.ok()) << token.error().to_string();
  const auto payload = payload_of(*token);
  EXPECT_EQ(payload.at("vc").as_object(), vc1_credential());
  EXPECT_EQ(payload.at("nbf").as_int64(), 1262304000);  // 2010-01-01T00:00:00Z

  auto decoded = decode_vc_jwt(*token);
  ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
  EXPECT_EQ(decoded->form, VcJwtForm::kVcClaim);
  EXPECT_EQ(decoded->credential, vc1_credential());
  // No kid: the header carries the public key.
  ASSERT_TRUE(decoded->jwk.has_value());
  EXPECT_EQ(decoded->jwk->members, key.public_jwk().members);
  auto verification = verify_vc_jwt(*decoded, *decoded->jwk);
  ASSERT_TRUE(verification.ok());
  EXPECT_TRUE(verification->valid());
}

TEST_P(EachAlgorithm, TamperedCredentialFailsTheSignature) {
  const auto& key = key_for(GetParam());
  const std::string token = encode_vc_jwt(vc2_credential(), key, "k").value();
  auto payload = payload_of(token);
  payload["name"] = "Forged badge";
  const auto first = token.find('.');
  const auto second = token.find('.', first + 1);
  const std::string text = boost::json::serialize(payload);
  const std::string forged = token.substr(0, first + 1) +
                             crypto::encode_base64url(std::span(
                                 reinterpret_cast<const std::uint8_t*>(text.data()), text.size())) +
                             token.substr(second);
  auto decoded = decode_vc_jwt(forged);
  ASSERT_TRUE(decoded.ok());
  auto verification = verify_vc_jwt(*decoded, key.public_jwk());
  ASSERT_TRUE(verification.ok());
  EXPECT_FALSE(verification->signature_valid);
  EXPECT_FALSE(verification->valid());
}

INSTANTIATE_TEST_SUITE_P(VcJwt, EachAlgorithm,
                         ::testing::Values(JwsAlgorithm::kEdDsa, JwsAlgorithm::kRs256,
                                           JwsAlgorithm::kEs256),
                         [](const auto& info) {
                           return std::string(crypto::jose::jws_algorithm_name(info.param));
                         });

TEST(DecodeVcJwt, MapsClaimsBackWhereTheVc1CredentialLacksThem) {
  auto credential = vc1_credential();
  credential.erase("id");
  credential.erase("issuanceDate");
  credential["issuer"] = boost::json::object{{"type", "Profile"}};
  credential["credentialSubject"].as_object().erase("id");
  const std::string token =
      hand_made_token({{"typ", "JWT"}}, {{"vc", credential},
                                         {"iss", "https://issuer.example/profile"},
                                         {"jti", "urn:x:1"},
                                         {"sub", "did:example:learner"},
                                         {"nbf", 1262304000},
                                         {"exp", 1262390400.5}});
  auto decoded = decode_vc_jwt(token);
  ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
  const auto& filled = decoded->credential;
  EXPECT_EQ(filled.at("id").as_string(), "urn:x:1");
  EXPECT_EQ(filled.at("issuer").at("id").as_string(), "https://issuer.example/profile");
  EXPECT_EQ(filled.at("credentialSubject").at("id").as_string(), "did:example:learner");
  EXPECT_EQ(filled.at("issuanceDate").as_string(), "2010-01-01T00:00:00Z");
  EXPECT_EQ(filled.at("expirationDate").as_string(), "2010-01-02T00:00:00Z");
  std::vector<std::string> expected = {"id", "issuer.id", "credentialSubject.id", "issuanceDate",
                                       "expirationDate"};
  EXPECT_EQ(decoded->filled_from_claims, expected);
  EXPECT_TRUE(check_vc_jwt_claims(*decoded).empty());
}

TEST(DecodeVcJwt, Vc2FormUsesVc2DateNamesAndDropsRegisteredClaimsFromTheCredential) {
  auto credential = vc2_credential();
  credential.erase("validFrom");
  credential.erase("validUntil");
  auto payload = credential;
  payload["iss"] = "https://issuer.example/profile";
  payload["nbf"] = 1704164645;
  payload["iat"] = 1704164645;
  payload["aud"] = "did:example:verifier";
  auto decoded = decode_vc_jwt(hand_made_token({{"typ", "vc+jwt"}}, payload));
  ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
  EXPECT_EQ(decoded->credential.at("validFrom").as_string(), "2024-01-02T03:04:05Z");
  EXPECT_FALSE(decoded->credential.contains("iat"));
  EXPECT_FALSE(decoded->credential.contains("aud"));
  EXPECT_FALSE(decoded->credential.contains("iss"));
  EXPECT_EQ(decoded->claims.at("aud").as_string(), "did:example:verifier");
}

TEST(DecodeVcJwt, HugeAndNegativeNumericDatesStayWithinTheCalendar) {
  auto credential = vc1_credential();
  credential.erase("issuanceDate");
  auto decoded = decode_vc_jwt(hand_made_token({}, {{"vc", credential},
                                                    {"iss", "https://issuer.example/profile"},
                                                    {"nbf", 1e300},
                                                    {"exp", -0.5}}));
  ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
  EXPECT_EQ(decoded->credential.at("issuanceDate").as_string(), "9999-12-31T23:59:59Z");
  EXPECT_EQ(decoded->credential.at("expirationDate").as_string(), "1969-12-31T23:59:59Z");

  auto with_date = vc1_credential();
  auto mismatch = decode_vc_jwt(hand_made_token(
      {}, {{"vc", with_date}, {"iss", "https://issuer.example/profile"}, {"nbf", -1e300}}));
  ASSERT_TRUE(mismatch.ok());
  const auto problems = check_vc_jwt_claims(*mismatch);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("claim nbf is 0000-01-01T00:00:00Z"), std::string::npos);
}

TEST(CheckVcJwtClaims, ReportsEachDisagreementClearly) {
  auto payload = vc2_credential();
  payload["iss"] = "https://attacker.example/";
  payload["jti"] = "urn:uuid:other";
  payload["sub"] = "did:example:someone-else";
  payload["nbf"] = 1704164646;  // one second after validFrom
  payload["exp"] = 1893456000;  // agrees
  auto decoded = decode_vc_jwt(hand_made_token({{"typ", "JWT"}}, payload));
  ASSERT_TRUE(decoded.ok());
  auto verification = verify_vc_jwt(*decoded, key_for(JwsAlgorithm::kEdDsa).public_jwk());
  ASSERT_TRUE(verification.ok());
  EXPECT_TRUE(verification->signature_valid);
  EXPECT_FALSE(verification->valid());
  const auto& problems = verification->claim_problems;
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0],
            "claim iss is \"https://attacker.example/\" but the issuer's id is "
            "\"https://issuer.example/profile\"");
  EXPECT_NE(problems[1].find("claim jti is \"urn:uuid:other\""), std::string::npos);
  EXPECT_NE(problems[2].find("credentialSubject.id"), std::string::npos);
  EXPECT_EQ(problems[3], "claim nbf is 2024-01-02T03:04:06Z but validFrom is 2024-01-02T03:04:05Z");
}

TEST(CheckVcJwtClaims, RequiresIss) {
  auto decoded = decode_vc_jwt(hand_made_token({}, {{"vc", vc1_credential()}}));
  ASSERT_TRUE(decoded.ok());
  const auto problems = check_vc_jwt_claims(*decoded);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("no iss claim"), std::string::npos);
}

TEST(DecodeVcJwt, RefusesBadTypesPayloadsAndClaims) {
  const auto expect_refused = [](const std::string& token, std::string_view code) {
    auto decoded = decode_vc_jwt(token);
    ASSERT_FALSE(decoded.ok()) << token;
    EXPECT_EQ(decoded.error().code, code) << decoded.error().to_string();
  };
  const boost::json::object payload{{"vc", vc1_credential()}, {"iss", "x"}};
  expect_refused(hand_made_token({{"typ", "JOSE+JSON"}}, payload), "invalid vc-jwt");
  expect_refused(hand_made_token({{"kid", 5}}, payload), "invalid vc-jwt");
  expect_refused(hand_made_token({}, {{"vc", "not an object"}}), "invalid vc-jwt");
  expect_refused(hand_made_token({}, {{"vc", vc1_credential()}, {"iss", 7}}), "invalid vc-jwt");
  expect_refused(hand_made_token({}, {{"vc", vc1_credential()}, {"nbf", "2010-01-01"}}),
                 "invalid vc-jwt");
  expect_refused(hand_made_token({{"jwk", {{"kty", "oct"}, {"k", "AAAA"}}}}, payload),
                 "invalid jwk");
  const std::string array_payload =
      crypto::jose::sign_compact_jws({}, "[1,2]", key_for(JwsAlgorithm::kEdDsa)).value();
  expect_refused(array_payload, "invalid vc-jwt");
  const std::string duplicate =
      crypto::jose::sign_compact_jws({}, R"({"iss":"a","iss":"b"})", key_for(JwsAlgorithm::kEdDsa))
          .value();
  expect_refused(duplicate, "invalid JSON");
  for (const auto typ : {"JWT", "jwt", "application/vc+ld+json+jwt", "vc+jwt"}) {
    EXPECT_TRUE(decode_vc_jwt(hand_made_token({{"typ", typ}}, payload)).ok()) << typ;
  }
}

TEST(DecodeVcJwt, RefusesOversizedTokensAndUnsecuredOnes) {
  const std::string token =
      encode_vc_jwt(vc2_credential(), key_for(JwsAlgorithm::kEdDsa), "k").value();
  VcJwtLimits limits;
  limits.jws.max_token_bytes = token.size() - 1;
  auto too_big = decode_vc_jwt(token, limits);
  ASSERT_FALSE(too_big.ok());
  EXPECT_EQ(too_big.error().code, "limit exceeded");
  const std::string unsecured = "eyJhbGciOiJub25lIn0." + token.substr(token.find('.') + 1);
  auto none = decode_vc_jwt(unsecured);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, "unsupported jws algorithm");
}

TEST(VerifyVcJwt, AnEmbeddedKeyOfAnotherTypeIsAnAlgorithmMismatch) {
  const std::string token =
      encode_vc_jwt(vc2_credential(), key_for(JwsAlgorithm::kRs256), "k").value();
  auto decoded = decode_vc_jwt(token);
  ASSERT_TRUE(decoded.ok());
  auto verification = verify_vc_jwt(*decoded, key_for(JwsAlgorithm::kEs256).public_jwk());
  ASSERT_FALSE(verification.ok());
  EXPECT_EQ(verification.error().code, "jws algorithm mismatch");
}

TEST(EncodeVcJwt, RefusesCredentialsItCannotMapToClaims) {
  const auto& key = key_for(JwsAlgorithm::kEdDsa);
  auto no_issuer = vc2_credential();
  no_issuer.erase("issuer");
  EXPECT_EQ(encode_vc_jwt(no_issuer, key, "k").error().code, "invalid credential");
  auto bad_date = vc2_credential();
  bad_date["validFrom"] = "yesterday";
  EXPECT_EQ(encode_vc_jwt(bad_date, key, "k").error().code, "invalid credential");
  auto colliding = vc2_credential();
  colliding["jti"] = "urn:other";
  EXPECT_EQ(encode_vc_jwt(colliding, key, "k").error().code, "invalid credential");
}

}  // namespace
}  // namespace cairn::vc::jwt
