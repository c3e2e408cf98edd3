#include "api/verify_routes.h"

#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "contexts/bundled_document_loader.h"
#include "crypto/did_key.h"
#include "crypto/ed25519.h"
#include "crypto/key_file.h"
#include "crypto/multikey.h"
#include "did/did_key_resolver.h"
#include "http/responses.h"
#include "test_server.h"
#include "vc/credential_signer.h"
#include "vc/data_integrity/suite_context.h"

namespace cairn::api {
namespace {

using http::Status;
using http::testing::TestClient;
using http::testing::TestServer;

// The example credential of the repository, issued by a fresh did:key and signed with
// eddsa-rdfc-2022 by the trust core.
std::string signed_example(const vc::data_integrity::SuiteContext& suites) {
  std::ifstream in(std::string(CAIRN_SOURCE_DIR) + "/examples/open-badge-credential.json");
  std::stringstream text;
  text << in.rdbuf();
  boost::json::object credential = boost::json::parse(text.str()).as_object();
  const crypto::Ed25519KeyPair key = crypto::Ed25519KeyPair::generate();
  crypto::KeyFile keys;
  keys.controller = crypto::did_key_of(key.public_key());
  crypto::StoredKey stored;
  stored.id = crypto::did_key_verification_method_of(key.public_key());
  stored.type = "Multikey";
  stored.public_key = crypto::encode_ed25519_public_multikey(key.public_key());
  stored.secret = crypto::SecretBytes(key.seed());
  stored.created = "2026-01-01T00:00:00Z";
  keys.keys.push_back(std::move(stored));
  credential["issuer"].as_object()["id"] = keys.controller;
  Result<std::string> signed_text = vc::sign_credential(
      credential, keys, vc::SigningSuite::kEddsaRdfc2022, "2026-01-02T00:00:00Z", suites);
  if (!signed_text) throw std::runtime_error(signed_text.error().to_string());
  return *signed_text;
}

class VerifyRoutesTest : public ::testing::Test {
 protected:
  void start(http::RateLimit limit = {.rate = 1000, .burst = 1000}) {
    limiter_ = std::make_unique<http::RateLimiter>(limit);
    VerifyApiLimits limits;
    limits.bulk_items = 3;
    add_verify_routes(server_.router(), verifier_, *limiter_, {}, limits);
    server_.start();
  }

  contexts::BundledDocumentLoader loader_;
  vc::data_integrity::SuiteContext suites_{loader_};
  did::DidKeyResolver dids_;
  vc::Verifier verifier_{{&suites_, &dids_, nullptr}, {}};
  std::unique_ptr<http::RateLimiter> limiter_;
  TestServer server_;
};

boost::json::object body_of(const http::Response& response) {
  return boost::json::parse(response.body()).as_object();
}

TEST_F(VerifyRoutesTest, AValidCredentialVerifies) {
  start();
  TestClient client(server_.port());
  const http::Response response = client.post("/api/v1/verify", signed_example(suites_));
  ASSERT_EQ(response.result(), Status::ok) << response.body();
  const boost::json::object report = body_of(response);
  EXPECT_EQ(report.at("verified"), true) << response.body();
  EXPECT_EQ(report.at("format"), "json");
}

TEST_F(VerifyRoutesTest, ATamperedCredentialIsAReportThatFailsOnProof) {
  start();
  std::string text = signed_example(suites_);
  const std::size_t name = text.find("Cairn Demo Institute");
  ASSERT_NE(name, std::string::npos);
  text.replace(name, 5, "Kairn");
  TestClient client(server_.port());
  const http::Response response = client.post("/api/v1/verify", text);
  ASSERT_EQ(response.result(), Status::ok);
  const boost::json::object report = body_of(response);
  EXPECT_EQ(report.at("verified"), false);
  bool proof_failed = false;
  for (const auto& check : report.at("checks").as_array()) {
    if (check.at("check") == "proof") proof_failed = check.at("status") == "fail";
  }
  EXPECT_TRUE(proof_failed) << response.body();
}

TEST_F(VerifyRoutesTest, UnreadableInputIs400WithAClearError) {
  start();
  TestClient client(server_.port());
  const http::Response garbage = client.post("/api/v1/verify", "not a credential", "text/plain");
  EXPECT_EQ(garbage.result(), Status::bad_request);
  EXPECT_EQ(body_of(garbage).at("error"), "unrecognized input");
  const http::Response broken = client.post("/api/v1/verify", R"({"a": [1, 2)");
  EXPECT_EQ(broken.result(), Status::bad_request);
}

TEST_F(VerifyRoutesTest, BulkVerifiesEachAndCountsTheVerdicts) {
  start();
  const std::string good = signed_example(suites_);
  boost::json::object tampered = boost::json::parse(good).as_object();
  tampered["name"] = "changed";
  const boost::json::object body{
      {"credentials", boost::json::array{boost::json::parse(good), tampered}}};
  TestClient client(server_.port());
  const http::Response response = client.post("/api/v1/verify/bulk", boost::json::serialize(body));
  ASSERT_EQ(response.result(), Status::ok) << response.body();
  const boost::json::object result = body_of(response);
  EXPECT_EQ(result.at("verified"), 1);
  EXPECT_EQ(result.at("failed"), 1);
  ASSERT_EQ(result.at("reports").as_array().size(), 2u);
  EXPECT_EQ(result.at("reports").as_array()[0].at("verified"), true);
  EXPECT_EQ(result.at("reports").as_array()[1].at("verified"), false);
}

TEST_F(VerifyRoutesTest, BulkRefusesTooManyItemsAndItemsOfTheWrongKind) {
  start();
  TestClient client(server_.port());
  EXPECT_EQ(client.post("/api/v1/verify/bulk", R"({"credentials": [{}, {}, {}, {}]})").result(),
            Status::payload_too_large);
  EXPECT_EQ(client.post("/api/v1/verify/bulk", R"({"credentials": [42]})").result(),
            Status::bad_request);
  EXPECT_EQ(client.post("/api/v1/verify/bulk", R"([])").result(), Status::bad_request);
}

TEST_F(VerifyRoutesTest, AClientOverItsRateGets429WithRetryAfter) {
  start({.rate = 0.5, .burst = 2});
  TestClient client(server_.port());
  EXPECT_EQ(client.post("/api/v1/verify", "x").result(), Status::bad_request);
  EXPECT_EQ(client.post("/api/v1/verify", "x").result(), Status::bad_request);
  const http::Response limited = client.post("/api/v1/verify", "x");
  EXPECT_EQ(limited.result(), Status::too_many_requests);
  EXPECT_EQ(limited[boost::beast::http::field::retry_after], "2");
  EXPECT_EQ(body_of(limited).at("error"), "rate limited");
}

}  // namespace
}  // namespace cairn::api
