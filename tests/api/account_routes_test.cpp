#include "api/account_routes.h"

#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "app/api_tokens.h"
#include "app/create_user.h"
#include "http/responses.h"
#include "store/migrations.h"
#include "store/repositories/cairn_schema.h"
#include "store/sqlite_database.h"
#include "temp_directory.h"
#include "test_server.h"

namespace cairn::api {
namespace {

using http::Status;
using http::testing::TestClient;
using http::testing::TestServer;

TimePoint now() {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

class AccountRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<store::Database>> opened =
        store::open_sqlite(directory_.file("cairn.db"), {});
    ASSERT_TRUE(opened) << opened.error().to_string();
    database_ = std::move(opened.value());
    ASSERT_TRUE(store::migrate(*database_, store::cairn_migrations()));
    ASSERT_TRUE(
        app::create_user(*database_, {"ada@example.org", "Ada", std::nullopt, false}, now()));
    Result<app::IssuedApiToken> issued =
        app::create_api_token(*database_, {"ada@example.org", "test", {"read"}, {}}, now());
    ASSERT_TRUE(issued);
    token_ = issued->text;
    add_account_routes(server_.router(), *database_);
    server_.start();
  }

  http::Response me(const std::string& authorization) {
    TestClient client(server_.port());
    http::Request request{http::Verb::get, "/api/v1/me", 11};
    if (!authorization.empty())
      request.set(boost::beast::http::field::authorization, authorization);
    return client.send(request);
  }

  store::testing::TempDirectory directory_;
  std::unique_ptr<store::Database> database_;
  std::string token_;
  TestServer server_;
};

TEST_F(AccountRoutesTest, AValidBearerTokenShowsItsAccount) {
  const http::Response response = me("Bearer " + token_);
  ASSERT_EQ(response.result(), Status::ok) << response.body();
  const boost::json::object body = boost::json::parse(response.body()).as_object();
  EXPECT_EQ(body.at("email"), "ada@example.org");
  EXPECT_EQ(body.at("token").at("scopes"), boost::json::array{"read"});
  EXPECT_EQ(me("bearer " + token_).result(), Status::ok) << "the scheme is case-insensitive";
}

TEST_F(AccountRoutesTest, MissingOrBadCredentialsAre401WithAChallenge) {
  const std::vector<std::string> refused = {
      "", "Basic YWRhOnNlY3JldA==", "Bearer", "Bearer " + token_ + "x",
      "Bearer cairn_00000000000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"};
  for (const std::string& authorization : refused) {
    const http::Response response = me(authorization);
    EXPECT_EQ(response.result(), Status::unauthorized) << authorization;
    EXPECT_EQ(response[boost::beast::http::field::www_authenticate], R"(Bearer realm="cairn")");
    EXPECT_EQ(boost::json::parse(response.body()).at("error"), "unauthenticated");
  }
}

}  // namespace
}  // namespace cairn::api
