// The authorization matrix: every route of the service (add_service_routes) against every kind
// of caller, from one table. A route added without a row here fails
// EveryRouteHasARowInTheMatrix, so none can be forgotten.
#include <gtest/gtest.h>

#include <boost/algorithm/string/case_conv.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "service_under_test.h"

namespace cairn::api {
namespace {

// Who calls: nobody, tokens with one scope each, a token of a platform admin with every scope.
enum class Caller { kAnonymous, kRead, kWrite, kIssue, kRevoke, kAdmin };
constexpr std::array kCallers = {Caller::kAnonymous, Caller::kRead,   Caller::kWrite,
                                 Caller::kIssue,     Caller::kRevoke, Caller::kAdmin};

std::string caller_name(Caller caller) {
  static const std::map<Caller, std::string> names = {
      {Caller::kAnonymous, "anonymous"}, {Caller::kRead, "read"},     {Caller::kWrite, "write"},
      {Caller::kIssue, "issue"},         {Caller::kRevoke, "revoke"}, {Caller::kAdmin, "admin"}};
  return names.at(caller);
}

struct Row {
  http::Verb method;
  std::string pattern;  // as routed; {org} is replaced by an existing organisation's id
  std::string body;
  // The status every caller gets, unless `overrides` says otherwise for that caller.
  unsigned status;
  std::map<Caller, unsigned> overrides;
};

// One row per route. Bodies are valid where the route needs one, so that a refusal can only come
// from who is calling.
const std::vector<Row>& matrix() {
  static const std::vector<Row> rows = {
      {http::Verb::get, "/healthz", "", 200, {}},
      {http::Verb::get, "/readyz", "", 200, {}},
      {http::Verb::get, "/metrics", "", 200, {}},
      {http::Verb::get, "/api/openapi.json", "", 200, {}},
      {http::Verb::post, "/api/v1/verify", "not a credential", 400, {}},
      {http::Verb::post, "/api/v1/verify/bulk", R"({"credentials": []})", 200, {}},
      {http::Verb::get, "/api/v1/me", "", 200, {{Caller::kAnonymous, 401}}},
      {http::Verb::post,
       "/api/v1/orgs",
       R"({"name": "Matrix"})",
       403,
       {{Caller::kAnonymous, 401}, {Caller::kWrite, 201}, {Caller::kAdmin, 201}}},
      // The organisation belongs to the write caller, whose token lacks the read scope.
      {http::Verb::get,
       "/api/v1/orgs/{org}",
       "",
       403,
       {{Caller::kAnonymous, 401}, {Caller::kAdmin, 200}}},
      {http::Verb::get, "/issuers/{org}", "", 200, {}},
      {http::Verb::get, "/issuers/{org}/did.json", "", 200, {}},
  };
  return rows;
}

class AuthorizationMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tokens_[Caller::kRead] = database_.account_with_token("read@example.org", {"read"});
    tokens_[Caller::kWrite] = database_.account_with_token("write@example.org", {"write"});
    tokens_[Caller::kIssue] = database_.account_with_token("issue@example.org", {"issue"});
    tokens_[Caller::kRevoke] = database_.account_with_token("revoke@example.org", {"revoke"});
    tokens_[Caller::kAdmin] = database_.account_with_token(
        "admin@example.org", {"read", "write", "issue", "revoke", "admin"}, true);
    server_.start();
    organisation_ = std::string(boost::json::parse(call(Caller::kWrite, http::Verb::post,
                                                        "/api/v1/orgs", R"({"name": "Existing"})")
                                                       .body())
                                    .at("id")
                                    .as_string());
  }

  http::Response call(Caller caller, http::Verb method, const std::string& target,
                      const std::string& body) {
    http::testing::TestClient client(server_.port());
    http::Request request{method, target, 11};
    if (caller != Caller::kAnonymous) {
      request.set(boost::beast::http::field::authorization, "Bearer " + tokens_.at(caller));
    }
    if (!body.empty()) {
      request.set(boost::beast::http::field::content_type, "application/json");
      request.body() = body;
    }
    return client.send(request);
  }

  testing::ServiceUnderTest service_;
  testing::ServiceDatabase& database_ = service_.database();
  http::testing::TestServer& server_ = service_.server();
  std::map<Caller, std::string> tokens_;
  std::string organisation_;
};

TEST_F(AuthorizationMatrixTest, EveryRouteHasARowInTheMatrix) {
  std::set<std::pair<http::Verb, std::string>> rows;
  for (const Row& row : matrix()) rows.emplace(row.method, row.pattern);
  for (const auto& route : server_.router().routes()) {
    EXPECT_TRUE(rows.contains({route->method, route->pattern}))
        << boost::beast::http::to_string(route->method) << " " << route->pattern
        << " has no row in the authorization matrix";
  }
  EXPECT_EQ(rows.size(), server_.router().routes().size()) << "a row names a route that is gone";
}

TEST_F(AuthorizationMatrixTest, EveryCallerGetsTheExpectedStatusOnEveryRoute) {
  for (const Row& row : matrix()) {
    std::string target = row.pattern;
    if (const std::size_t at = target.find("{org}"); at != std::string::npos) {
      target.replace(at, 5, organisation_);
    }
    for (Caller caller : kCallers) {
      const auto override_status = row.overrides.find(caller);
      const unsigned expected =
          override_status == row.overrides.end() ? row.status : override_status->second;
      const http::Response response = call(caller, row.method, target, row.body);
      EXPECT_EQ(response.result_int(), expected)
          << boost::beast::http::to_string(row.method) << " " << row.pattern << " as "
          << caller_name(caller) << ": " << response.body();
    }
  }
}

}  // namespace
}  // namespace cairn::api
