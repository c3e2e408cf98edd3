// Tests of check_recipient. Expected hashes come from OpenSSL's EVP interface called here
// directly, and from the worked example in the OB 3.0 IdentityHash definition, never from the
// code under test.
#include "vc/structure/recipient_check.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <boost/json.hpp>
#include <string>
#include <string_view>

namespace cairn::vc::structure {
namespace {

namespace json = boost::json;

std::string evp_sha256_hex(std::string_view bytes, bool upper_case = false) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EXPECT_EQ(EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr), 1);
  const char* digits = upper_case ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += digits[digest[i] >> 4];
    hex += digits[digest[i] & 15];
  }
  return hex;
}

json::object identity(std::string_view type, bool hashed, std::string_view value,
                      std::string_view salt = {}) {
  json::object object{{"type", "IdentityObject"},
                      {"identityType", type},
                      {"hashed", hashed},
                      {"identityHash", value}};
  if (!salt.empty()) object["salt"] = salt;
  return object;
}

json::object credential_with(json::value identifier) {
  return json::object{{"credentialSubject", json::object{{"type", "AchievementSubject"},
                                                         {"identifier", std::move(identifier)}}}};
}

TEST(RecipientCheck, MatchesTheOb3SpecificationWorkedExample) {
  // OB 3.0, IdentityHash: SHA-256 of "a@example.com" salted with "Kosher".
  const json::object credential = credential_with(json::array{identity(
      "emailAddress", true,
      "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399", "Kosher")});
  EXPECT_EQ(check_recipient(credential, "a@example.com").match, RecipientMatch::kMatched);
  EXPECT_EQ(check_recipient(credential, "b@example.com").match, RecipientMatch::kNotMatched);
  EXPECT_EQ(check_recipient(credential, "A@example.com").match, RecipientMatch::kNotMatched);
}

TEST(RecipientCheck, MatchesSaltedAndUnsaltedHashesOfEitherHexCase) {
  const std::string salted = "sha256$" + evp_sha256_hex("learner@example.orgpepper", true);
  const std::string unsalted = "sha256$" + evp_sha256_hex("12345");
  const json::object credential = credential_with(json::array{
      identity("studentId", true, unsalted), identity("emailAddress", true, salted, "pepper")});

  const RecipientOutcome email = check_recipient(credential, "learner@example.org");
  EXPECT_EQ(email.match, RecipientMatch::kMatched);
  EXPECT_NE(email.message.find("identifier[1]"), std::string::npos) << email.message;
  EXPECT_NE(email.message.find("emailAddress"), std::string::npos) << email.message;
  EXPECT_EQ(check_recipient(credential, "12345").match, RecipientMatch::kMatched);
  EXPECT_EQ(check_recipient(credential, "learner@example.orgpepper").match,
            RecipientMatch::kNotMatched);
}

TEST(RecipientCheck, PlaintextIdentityObjectsCompareExactly) {
  const json::object credential =
      credential_with(json::array{identity("emailAddress", false, "student@1edtech.edu")});
  EXPECT_EQ(check_recipient(credential, "student@1edtech.edu").match, RecipientMatch::kMatched);
  const RecipientOutcome other = check_recipient(credential, "student@1edtech.ed");
  EXPECT_EQ(other.match, RecipientMatch::kNotMatched);
  EXPECT_NE(other.message.find("1 identity objects"), std::string::npos) << other.message;
}

TEST(RecipientCheck, IdentityTypeFilterSkipsOtherTypes) {
  const json::object credential = credential_with(json::array{
      identity("userName", false, "sailor"), identity("emailAddress", false, "s@example.org")});
  EXPECT_EQ(check_recipient(credential, "sailor", "emailAddress").match,
            RecipientMatch::kNotMatched);
  EXPECT_EQ(check_recipient(credential, "sailor", "userName").match, RecipientMatch::kMatched);
  EXPECT_EQ(check_recipient(credential, "sailor", "isbn").match,
            RecipientMatch::kNoIdentityObjects);
}

TEST(RecipientCheck, ASingleObjectInsteadOfAnArrayIsRead) {
  EXPECT_EQ(
      check_recipient(credential_with(identity("name", false, "Parker Pearl")), "Parker Pearl")
          .match,
      RecipientMatch::kMatched);
}

TEST(RecipientCheck, NoIdentityObjectsWhenTheSubjectHasNone) {
  EXPECT_EQ(check_recipient(json::object{}, "x").match, RecipientMatch::kNoIdentityObjects);
  EXPECT_EQ(check_recipient(json::object{{"credentialSubject", "text"}}, "x").match,
            RecipientMatch::kNoIdentityObjects);
  EXPECT_EQ(check_recipient(credential_with(json::array{}), "x").match,
            RecipientMatch::kNoIdentityObjects);
  EXPECT_EQ(
      check_recipient(json::object{{"credentialSubject", json::object{{"id", "did:x"}}}}, "did:x")
          .match,
      RecipientMatch::kNoIdentityObjects);
}

TEST(RecipientCheck, UncheckableObjectsAreNamedNotMatched) {
  const json::object md5_only =
      credential_with(json::array{identity("emailAddress", true, "md5$abcdef")});
  const RecipientOutcome md5 = check_recipient(md5_only, "a@example.com");
  EXPECT_EQ(md5.match, RecipientMatch::kNoIdentityObjects);
  EXPECT_NE(md5.message.find("\"md5$\""), std::string::npos) << md5.message;

  json::object broken = identity("emailAddress", false, "a@example.com");
  broken["hashed"] = "false";
  const RecipientOutcome not_bool =
      check_recipient(credential_with(json::array{broken}), "a@example.com");
  EXPECT_EQ(not_bool.match, RecipientMatch::kNoIdentityObjects);
  EXPECT_NE(not_bool.message.find("boolean `hashed`"), std::string::npos) << not_bool.message;
}

TEST(RecipientCheck, ChecksEverySubjectOfAnArray) {
  const json::object credential{
      {"credentialSubject",
       json::array{json::object{{"id", "did:example:a"}},
                   json::object{{"identifier",
                                 json::array{identity("emailAddress", true,
                                                      "sha256$" + evp_sha256_hex("b@x.org"))}}}}}};
  const RecipientOutcome outcome = check_recipient(credential, "b@x.org");
  EXPECT_EQ(outcome.match, RecipientMatch::kMatched);
  EXPECT_NE(outcome.message.find("$.credentialSubject[1].identifier[0]"), std::string::npos)
      << outcome.message;
}

}  // namespace
}  // namespace cairn::vc::structure
