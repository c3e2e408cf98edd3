#include "service_under_test.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "api/service_routes.h"

namespace cairn::testing {

ServiceUnderTest::ServiceUnderTest(store::testing::Backend backend) : database_(backend) {
  if (!database_.available()) return;
  instance_dids_.emplace(database_.get(), instance_, dids_);
  instance_lists_.emplace(database_.get(), instance_);
  verifier_.emplace(verifier_services(), vc::VerifierOptions{});
  api::add_service_routes(server_.router(), {.database = &database_.get(),
                                             .instance = instance_,
                                             .verifier = &*verifier_,
                                             .verify_limiter = &limiter_,
                                             .metrics = &server_.metrics(),
                                             .stopping = [] { return false; }});
}

http::Response ServiceUnderTest::call(const std::string& token, http::Verb method,
                                      const std::string& target, std::string body) {
  http::testing::TestClient client(server_.port());
  return client.call(method, target, token, std::move(body));
}

boost::json::value json_of(const http::Response& response) {
  return boost::json::parse(response.body());
}

std::string id_of(const http::Response& response) {
  EXPECT_LT(response.result_int(), 300u) << response.body();
  return std::string(json_of(response).at("id").as_string());
}

}  // namespace cairn::testing
