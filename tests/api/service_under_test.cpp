#include "service_under_test.h"

#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "api/service_routes.h"

namespace cairn::testing {

ServiceUnderTest::ServiceUnderTest(store::testing::Backend backend) : database_(backend) {
  if (!database_.available()) return;
  instance_dids_.emplace(database_.get(), instance_, dids_);
  instance_lists_.emplace(database_.get(), instance_);
  verifier_.emplace(verifier_services(), vc::VerifierOptions{});
  events_.emplace(database_.get());
  Result<std::unique_ptr<web::Site>> site = web::Site::create({.verifier = &*verifier_,
                                                               .database = &database_.get(),
                                                               .instance = instance_,
                                                               .events = &*events_,
                                                               .sign_up_open = true});
  EXPECT_TRUE(site) << site.error().to_string();
  if (site) site_ = std::move(*site);
  api::add_service_routes(server_.router(), {.database = &database_.get(),
                                             .instance = instance_,
                                             .verifier = &*verifier_,
                                             .verify_limiter = &limiter_,
                                             .metrics = &server_.metrics(),
                                             .stopping = [] { return false; },
                                             .site = site_.get(),
                                             .events = &*events_});
}

http::Response ServiceUnderTest::call(const std::string& token, http::Verb method,
                                      const std::string& target, std::string body) {
  http::testing::TestClient client(server_.port());
  return client.call(method, target, token, std::move(body));
}

ServiceUnderTest::Issuer ServiceUnderTest::make_issuer(const std::string& organisation_name,
                                                       const std::string& badge_name) {
  Issuer issuer;
  issuer.owner_token =
      database_.account_with_token("owner@example.org", {"read", "write", "issue", "revoke"});
  issuer.organisation =
      id_of(call(issuer.owner_token, http::Verb::post, "/api/v1/orgs",
                 boost::json::serialize(boost::json::object{{"name", organisation_name}})));
  issuer.achievement = id_of(call(
      issuer.owner_token, http::Verb::post, "/api/v1/orgs/" + issuer.organisation + "/achievements",
      boost::json::serialize(boost::json::object{
          {"name", badge_name}, {"description", "For a test."}, {"achievement_type", "Badge"}})));
  issuer.awards =
      "/api/v1/orgs/" + issuer.organisation + "/achievements/" + issuer.achievement + "/awards";
  return issuer;
}

ServiceUnderTest::BrowserSession ServiceUnderTest::sign_in(const std::string& email,
                                                           const std::string& password) {
  const http::Response response =
      call("", http::Verb::post, "/api/v1/session",
           boost::json::serialize(boost::json::object{{"email", email}, {"password", password}}));
  EXPECT_EQ(response.result_int(), 200u) << response.body();
  if (response.result_int() != 200) return {};
  const std::string set_cookie(response[boost::beast::http::field::set_cookie]);
  const std::size_t start = set_cookie.find('=') + 1;
  return {set_cookie.substr(start, set_cookie.find(';') - start),
          std::string(json_of(response).at("csrf_token").as_string())};
}

http::Response ServiceUnderTest::browse(http::Verb method, const std::string& target,
                                        const std::string& cookie, const std::string& form,
                                        const std::string& content_type) {
  http::Request request{method, target, 11};
  request.set(boost::beast::http::field::accept, "text/html");
  if (!cookie.empty()) request.set(boost::beast::http::field::cookie, "cairn_session=" + cookie);
  if (method == http::Verb::post) {
    request.set(boost::beast::http::field::content_type,
                content_type.empty() ? "application/x-www-form-urlencoded" : content_type);
    request.body() = form;
  }
  return http::testing::TestClient(server_.port()).send(std::move(request));
}

http::Response ServiceUnderTest::call_in_session(const BrowserSession& session, http::Verb method,
                                                 const std::string& target, std::string body,
                                                 std::optional<std::string> csrf_token) {
  http::testing::TestClient client(server_.port());
  http::Request request{method, target, 11};
  request.set(boost::beast::http::field::cookie, "theme=dark; cairn_session=" + session.cookie);
  const std::string csrf = csrf_token.value_or(session.csrf_token);
  if (!csrf.empty()) request.set("X-CSRF-Token", csrf);
  if (!body.empty()) {
    request.set(boost::beast::http::field::content_type, "application/json");
    request.body() = std::move(body);
  }
  return client.send(std::move(request));
}

boost::json::value json_of(const http::Response& response) {
  return boost::json::parse(response.body());
}

std::string id_of(const http::Response& response) {
  EXPECT_LT(response.result_int(), 300u) << response.body();
  return std::string(json_of(response).at("id").as_string());
}

}  // namespace cairn::testing
