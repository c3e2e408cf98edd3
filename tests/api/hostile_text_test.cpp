// SQL metacharacters (and other hostile text) in every text field a caller can set are data:
// each comes back exactly as sent, and the database is intact after them. On SQLite and on
// PostgreSQL.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/bulk_award_worker.h"
#include "http/responses.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using http::Verb;
using testing::id_of;
using testing::json_of;

// What each field is given: quotes, comment markers, statement ends, a placeholder, a backslash,
// a percent and a NUL-free Unicode tail.
const std::string kHostile = "x'); DROP TABLE credentials; -- \" ? $1 \\ % ' OR '1'='1 ünïcødé";

class HostileTextTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    token_ = service_.database().account_with_token("owner@example.org",
                                                    {"read", "write", "issue", "revoke"});
    service_.server().start();
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string token_;
};

TEST_P(HostileTextTest, EveryTextFieldStoresAndReturnsItExactly) {
  const boost::json::value organisation = json_of(service_.call(
      token_, Verb::post, "/api/v1/orgs",
      boost::json::serialize(boost::json::object{{"name", kHostile}, {"description", kHostile}})));
  EXPECT_EQ(organisation.at("name").as_string(), kHostile);
  EXPECT_EQ(organisation.at("description").as_string(), kHostile);
  const std::string org(organisation.at("id").as_string());
  const boost::json::value renamed = json_of(
      service_.call(token_, Verb::put, "/api/v1/orgs/" + org,
                    boost::json::serialize(boost::json::object{
                        {"name", std::string(kHostile) + "!"}, {"description", kHostile}})));
  EXPECT_EQ(renamed.at("name").as_string(), std::string(kHostile) + "!");
  EXPECT_EQ(renamed.at("description").as_string(), kHostile);

  boost::json::object definition{
      {"name", kHostile},
      {"description", kHostile},
      {"criteria", kHostile},
      {"learning_outcomes", boost::json::array{kHostile}},
      {"workload", {{"hours", 1}}},
      {"assessment", kHostile},
      {"participation", kHostile},
      {"quality_assurance", kHostile},
      {"skills", boost::json::array{boost::json::object{{"uri", "https://skills.example/1"},
                                                        {"name", kHostile},
                                                        {"framework", kHostile},
                                                        {"code", kHostile}}}},
      {"tags", boost::json::array{kHostile}}};
  const http::Response made =
      service_.call(token_, Verb::post, "/api/v1/orgs/" + org + "/achievements",
                    boost::json::serialize(definition));
  const std::string achievement = id_of(made);
  boost::json::object stored = json_of(made).at("definition").as_object();
  stored.erase("achievement_type");
  EXPECT_EQ(boost::json::value(stored), boost::json::value(definition));

  const boost::json::value award = json_of(service_.call(
      token_, Verb::post, "/api/v1/orgs/" + org + "/achievements/" + achievement + "/awards",
      boost::json::serialize(
          boost::json::object{{"recipient", "ada@example.org"},
                              {"recipient_name", kHostile},
                              {"evidence", boost::json::array{boost::json::object{
                                               {"name", kHostile}, {"narrative", kHostile}}}}})));
  EXPECT_EQ(award.at("recipient").at("name").as_string(), kHostile);
  EXPECT_EQ(award.at("credential").at("evidence").at(0).at("narrative").as_string(), kHostile);
  EXPECT_EQ(award.at("credential").at("credentialSubject").at("achievement").at("name").as_string(),
            kHostile);

  const boost::json::value revoked = json_of(
      service_.call(token_, Verb::post,
                    "/api/v1/credentials/" + std::string(award.at("id").as_string()) + "/revoke",
                    boost::json::serialize(boost::json::object{{"reason", kHostile}})));
  EXPECT_EQ(revoked.at("status").at("revocation_reason").as_string(), kHostile);

  // The CSV path: quoted fields holding the same text.
  std::string quoted = "\"";
  for (char c : kHostile) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  quoted += "\"";
  http::testing::TestClient client(service_.server().port());
  http::Request upload{Verb::post, "/api/v1/orgs/" + org + "/awards/bulk", 11};
  upload.set(boost::beast::http::field::authorization, "Bearer " + token_);
  upload.body() = "achievement,recipient,recipient_name,evidence_narrative\n" + achievement +
                  ",bob@example.org," + quoted + "," + quoted + "\n";
  ASSERT_EQ(client.send(upload).result_int(), 202u);
  app::JobRunner runner(service_.database().get(), service_.instance(), {});
  ASSERT_TRUE(runner.run_until_idle());
  const std::string name = *service_.database().get().read([&](store::Connection& connection) {
    return connection
        .query_one("SELECT recipient_name FROM credentials WHERE recipient = 'bob@example.org'")
        ->get<std::string>("recipient_name");
  });
  EXPECT_EQ(name, kHostile);
  EXPECT_EQ(*service_.database().get().read([&](store::Connection& connection) {
    return connection.query_one("SELECT COUNT(*) AS n FROM credentials")->get<std::int64_t>("n");
  }),
            2)
      << "the tables are all there";
}

INSTANTIATE_BACKEND_TESTS(HostileTextTest);

}  // namespace
}  // namespace cairn::api
