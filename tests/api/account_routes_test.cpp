#include "api/account_routes.h"

#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "http/responses.h"
#include "service_database.h"
#include "test_server.h"

namespace cairn::api {
namespace {

using http::Status;
using http::testing::TestClient;
using http::testing::TestServer;

class AccountRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    token_ = database_.account_with_token("ada@example.org", {"read"});
    add_account_routes(server_.router(), database_.get());
    server_.start();
  }

  http::Response me(const std::string& authorization) {
    TestClient client(server_.port());
    http::Request request{http::Verb::get, "/api/v1/me", 11};
    if (!authorization.empty())
      request.set(boost::beast::http::field::authorization, authorization);
    return client.send(request);
  }

  testing::ServiceDatabase database_;
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
