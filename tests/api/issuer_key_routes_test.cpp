// Key rotation and revocation through the HTTP API, on SQLite and on PostgreSQL: credentials
// signed before a rotation keep verifying against the served DID document; after a revocation,
// what the key signed before it still verifies; the last key that signs cannot be revoked.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>
#include <thread>

#include "http/responses.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
using testing::id_of;
using testing::json_of;

class IssuerKeyRoutesTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    service_.server().start();
    const auto issuer = service_.make_issuer("Rotating College", "Key badge");
    owner_ = issuer.owner_token;
    organisation_ = issuer.organisation;
    awards_ = issuer.awards;
    keys_ = "/api/v1/orgs/" + organisation_ + "/keys";
  }

  // A new credential's published document.
  std::string issued() {
    const std::string id =
        id_of(service_.call(owner_, Verb::post, awards_, R"({"recipient": "earner@example.org"})"));
    return service_.call("", Verb::get, "/credentials/" + id).body();
  }

  bool verifies(const std::string& credential) {
    const http::Response report = service_.call("", Verb::post, "/api/v1/verify", credential);
    EXPECT_EQ(report.result(), Status::ok) << report.body();
    return json_of(report).at("verified").as_bool();
  }

  static std::string signing_method(const std::string& credential) {
    return std::string(
        boost::json::parse(credential).at("proof").at("verificationMethod").as_string());
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string owner_;
  std::string organisation_;
  std::string awards_;
  std::string keys_;
};

TEST_P(IssuerKeyRoutesTest, RotationSignsWithTheNewKeyAndOldCredentialsKeepVerifying) {
  const std::string before = issued();
  EXPECT_TRUE(signing_method(before).ends_with("#key-1"));
  const http::Response rotated = service_.call(owner_, Verb::post, keys_);
  ASSERT_EQ(rotated.result(), Status::created) << rotated.body();
  const boost::json::value keys = json_of(rotated);
  ASSERT_EQ(keys.at("items").as_array().size(), 2u);
  EXPECT_EQ(keys.at("items").at(0).at("signs"), false);
  EXPECT_EQ(keys.at("items").at(1).at("signs"), true);

  const std::string after = issued();
  EXPECT_TRUE(signing_method(after).ends_with("#key-2")) << signing_method(after);
  const boost::json::value did =
      json_of(service_.call("", Verb::get, "/issuers/" + organisation_ + "/did.json"));
  EXPECT_EQ(did.at("verificationMethod").as_array().size(), 2u);
  EXPECT_TRUE(verifies(before));
  EXPECT_TRUE(verifies(after));
}

TEST_P(IssuerKeyRoutesTest, ARevokedKeyKeepsWhatItSignedBeforeAndTheLastSigningKeyStays) {
  const std::string old = issued();
  EXPECT_EQ(service_.call(owner_, Verb::post, keys_ + "/key-1/revoke").result(), Status::conflict)
      << "the only key that signs";
  ASSERT_EQ(service_.call(owner_, Verb::post, keys_).result(), Status::created);
  // Revocation times are whole seconds; a proof made in the same second counts as after.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  const http::Response revoked = service_.call(owner_, Verb::post, keys_ + "/key-1/revoke");
  ASSERT_EQ(revoked.result(), Status::ok) << revoked.body();
  EXPECT_TRUE(json_of(revoked).at("items").at(0).at("revoked").is_string());
  EXPECT_TRUE(verifies(old)) << "signed before the revocation";
  EXPECT_TRUE(verifies(issued())) << "signed with key-2";

  EXPECT_EQ(service_.call(owner_, Verb::post, keys_ + "/key-1/revoke").result(), Status::conflict);
  EXPECT_EQ(service_.call(owner_, Verb::post, keys_ + "/key-2/revoke").result(), Status::conflict);
  EXPECT_EQ(service_.call(owner_, Verb::post, keys_ + "/key-9/revoke").result(), Status::not_found);
  // Ids are never reused: the next key is key-3.
  const http::Response third = service_.call(owner_, Verb::post, keys_);
  const std::string third_id(json_of(third).at("items").at(2).at("id").as_string());
  EXPECT_TRUE(third_id.ends_with("#key-3")) << third_id;
}

INSTANTIATE_BACKEND_TESTS(IssuerKeyRoutesTest);

}  // namespace
}  // namespace cairn::api
