// The OpenAPI document describes exactly the routes `cairn serve` registers: every route is in
// it, with its method, and it names no route that does not exist.
#include <gtest/gtest.h>

#include <boost/algorithm/string/case_conv.hpp>
#include <boost/json.hpp>
#include <set>

#include "api/openapi_document.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using Operation = std::pair<std::string, std::string>;  // method in lower case, path

class OpenApiTest : public ::testing::Test {
 protected:
  testing::ServiceUnderTest service_;
  http::testing::TestServer& server_ = service_.server();
};

TEST_F(OpenApiTest, DescribesExactlyTheRoutesTheServiceRegisters) {
  std::set<Operation> routed;
  for (const auto& route : server_.router().routes()) {
    std::string method(boost::beast::http::to_string(route->method));
    boost::algorithm::to_lower(method);
    routed.emplace(method, route->pattern);
  }
  const boost::json::value document = boost::json::parse(openapi_document());
  EXPECT_EQ(document.at("openapi"), "3.1.0");
  std::set<Operation> described;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      if (method == "parameters" || method == "summary" || method == "description") continue;
      described.emplace(std::string(method), std::string(path));
      EXPECT_TRUE(operation.as_object().contains("responses")) << method << " " << path;
    }
  }
  for (const Operation& operation : routed) {
    EXPECT_TRUE(described.contains(operation))
        << operation.first << " " << operation.second << " is routed but not in openapi.json";
  }
  for (const Operation& operation : described) {
    EXPECT_TRUE(routed.contains(operation))
        << operation.first << " " << operation.second << " is in openapi.json but not routed";
  }
  EXPECT_GE(routed.size(), 10u);
}

TEST_F(OpenApiTest, IsServedAtApiOpenapiJson) {
  server_.start();
  http::testing::TestClient client(server_.port());
  const http::Response response = client.get("/api/openapi.json");
  ASSERT_EQ(response.result(), boost::beast::http::status::ok);
  EXPECT_EQ(response.body(), openapi_document());
}

}  // namespace
}  // namespace cairn::api
