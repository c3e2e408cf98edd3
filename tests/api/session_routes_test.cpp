// Sign-up and browser sessions through the HTTP API, on SQLite and on PostgreSQL: the cookie's
// attributes, CSRF on every change made by cookie, no session fixation, the sign-in throttle,
// sign-out, and refusals of what a cross-site page could send.
#include "api/session_routes.h"

#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "http/responses.h"
#include "service_database.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
using testing::json_of;

constexpr std::string_view kPassword = "a password long enough";

std::string credentials(const std::string& email, std::string_view password) {
  return boost::json::serialize(
      boost::json::object{{"email", email}, {"password", std::string(password)}});
}

class SessionRoutesTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    service_.server().start();
    const http::Response made =
        service_.call("", Verb::post, "/api/v1/accounts",
                      R"({"email": "Ada@Example.org", "name": "Ada", "password": ")" +
                          std::string(kPassword) + "\"}");
    ASSERT_EQ(made.result(), Status::created) << made.body();
    EXPECT_EQ(json_of(made).at("email"), "ada@example.org");
  }

  http::Response sign_in(const std::string& email, std::string_view password,
                         const std::string& cookie_header = "") {
    http::testing::TestClient client(service_.server().port());
    http::Request request{Verb::post, "/api/v1/session", 11};
    request.set(boost::beast::http::field::content_type, "application/json");
    if (!cookie_header.empty()) request.set(boost::beast::http::field::cookie, cookie_header);
    request.body() = credentials(email, password);
    return client.send(std::move(request));
  }

  testing::ServiceUnderTest service_{GetParam()};
};

TEST_P(SessionRoutesTest, SignInSetsAGuardedCookieThatActsForTheAccount) {
  const http::Response response = sign_in("ada@example.org", kPassword);
  ASSERT_EQ(response.result(), Status::ok) << response.body();
  const std::string cookie(response[boost::beast::http::field::set_cookie]);
  EXPECT_TRUE(cookie.starts_with("cairn_session=")) << cookie;
  for (const char* attribute : {"; HttpOnly", "; SameSite=Lax", "; Secure", "; Path=/"}) {
    EXPECT_NE(cookie.find(attribute), std::string::npos) << attribute << " in " << cookie;
  }
  EXPECT_EQ(response[boost::beast::http::field::cache_control], "no-store");
  EXPECT_EQ(json_of(response).at("user").at("email"), "ada@example.org");

  const auto session = service_.sign_in("ada@example.org", std::string(kPassword));
  const http::Response me = service_.call_in_session(session, Verb::get, "/api/v1/me");
  ASSERT_EQ(me.result(), Status::ok) << me.body();
  EXPECT_EQ(json_of(me).at("email"), "ada@example.org");
  EXPECT_EQ(json_of(me).at("session").at("scopes"),
            (boost::json::array{"read", "write", "issue", "revoke"}));
  const http::Response current = service_.call_in_session(session, Verb::get, "/api/v1/session");
  ASSERT_EQ(current.result(), Status::ok) << current.body();
  EXPECT_EQ(json_of(current).at("csrf_token").as_string(), session.csrf_token);
  EXPECT_EQ(service_.call("", Verb::get, "/api/v1/session").result(), Status::unauthorized);
}

TEST_P(SessionRoutesTest, ACookieRequestThatChangesSomethingNeedsTheCsrfToken) {
  const auto session = service_.sign_in("ada@example.org", std::string(kPassword));
  const std::string organisation = R"({"name": "Made by cookie"})";
  for (const std::string& csrf : {std::string(), std::string("wrong"), std::string(43, 'A')}) {
    const http::Response refused =
        service_.call_in_session(session, Verb::post, "/api/v1/orgs", organisation, csrf);
    EXPECT_EQ(refused.result(), Status::forbidden)
        << "token \"" << csrf << "\": " << refused.body();
    EXPECT_EQ(json_of(refused).at("error"), "forbidden");
  }
  const http::Response made =
      service_.call_in_session(session, Verb::post, "/api/v1/orgs", organisation);
  ASSERT_EQ(made.result(), Status::created) << made.body();
  const std::string id(json_of(made).at("id").as_string());
  // Reading needs no token; one session's token does not serve another.
  EXPECT_EQ(service_.call_in_session(session, Verb::get, "/api/v1/orgs/" + id, "", "").result(),
            Status::ok);
  const auto other = service_.sign_in("ada@example.org", std::string(kPassword));
  EXPECT_EQ(
      service_.call_in_session(other, Verb::post, "/api/v1/orgs", organisation, session.csrf_token)
          .result(),
      Status::forbidden);
}

TEST_P(SessionRoutesTest, SignInNeverKeepsACookieTheBrowserAlreadyHad) {
  const std::string planted(43, 'x');
  const http::Response response = sign_in("ada@example.org", kPassword, "cairn_session=" + planted);
  ASSERT_EQ(response.result(), Status::ok) << response.body();
  EXPECT_EQ(std::string(response[boost::beast::http::field::set_cookie]).find(planted),
            std::string::npos);
  EXPECT_EQ(service_.call_in_session({planted, "x"}, Verb::get, "/api/v1/me").result(),
            Status::unauthorized);

  const auto first = service_.sign_in("ada@example.org", std::string(kPassword));
  const http::Response again =
      sign_in("ada@example.org", kPassword, "cairn_session=" + first.cookie);
  ASSERT_EQ(again.result(), Status::ok);
  EXPECT_EQ(std::string(again[boost::beast::http::field::set_cookie]).find(first.cookie),
            std::string::npos);
  EXPECT_EQ(service_.call_in_session(first, Verb::get, "/api/v1/me").result(), Status::unauthorized)
      << "the session the browser held before is over";
}

TEST_P(SessionRoutesTest, FiveFailedSignInsThrottleTheAddressButNotOthers) {
  ASSERT_EQ(service_
                .call("", Verb::post, "/api/v1/accounts",
                      R"({"email": "grace@example.org", "name": "Grace", "password": ")" +
                          std::string(kPassword) + "\"}")
                .result(),
            Status::created);
  for (int attempt = 0; attempt < 5; ++attempt) {
    const http::Response wrong = sign_in("ada@example.org", "not the password");
    EXPECT_EQ(wrong.result(), Status::unauthorized) << wrong.body();
  }
  const http::Response throttled = sign_in("ada@example.org", kPassword);
  EXPECT_EQ(throttled.result(), Status::too_many_requests) << throttled.body();
  EXPECT_EQ(throttled[boost::beast::http::field::retry_after], "900");
  EXPECT_EQ(sign_in("grace@example.org", kPassword).result(), Status::ok);
  EXPECT_EQ(sign_in("nobody@example.org", kPassword).result(), Status::unauthorized);
}

TEST_P(SessionRoutesTest, SignOutNeedsTheCsrfTokenAndEndsTheSession) {
  const auto session = service_.sign_in("ada@example.org", std::string(kPassword));
  EXPECT_EQ(service_.call_in_session(session, Verb::delete_, "/api/v1/session", "", "").result(),
            Status::forbidden);
  const http::Response out = service_.call_in_session(session, Verb::delete_, "/api/v1/session");
  ASSERT_EQ(out.result(), Status::no_content) << out.body();
  EXPECT_NE(std::string(out[boost::beast::http::field::set_cookie]).find("Max-Age=0"),
            std::string::npos);
  EXPECT_EQ(service_.call_in_session(session, Verb::get, "/api/v1/me").result(),
            Status::unauthorized);
}

TEST_P(SessionRoutesTest, SignUpAndSignInTakeJsonOnlyAndRefuseBadInput) {
  http::testing::TestClient client(service_.server().port());
  const http::Response form = client.post("/api/v1/session", "email=ada%40example.org&password=x",
                                          "application/x-www-form-urlencoded");
  EXPECT_EQ(form.result(), Status::unsupported_media_type) << form.body();
  for (const std::string& body :
       {std::string(R"({"email": "eve@example.org", "name": "Eve", "password": "short"})"),
        std::string(
            R"({"email": "not an address", "name": "Eve", "password": "long enough pass"})"),
        std::string(R"({"email": "eve@example.org", "password": "long enough pass"})"),
        std::string(R"({"email": "eve@example.org", "name": "Eve", "password": "long enough",)"
                    R"( "admin": true})"),
        std::string("[]")}) {
    const http::Response refused = service_.call("", Verb::post, "/api/v1/accounts", body);
    EXPECT_EQ(refused.result(), Status::bad_request) << body << ": " << refused.body();
  }
  const http::Response taken = service_.call(
      "", Verb::post, "/api/v1/accounts",
      R"({"email": "ada@example.org", "name": "Ada again", "password": "long enough pass"})");
  EXPECT_EQ(taken.result(), Status::conflict) << taken.body();
}

TEST(SessionRoutesClosedSignUpTest, AnInstanceWithSignUpClosedRefusesIt) {
  testing::ServiceDatabase database;
  http::RateLimiter limiter({.rate = 100, .burst = 100});
  http::testing::TestServer server;
  add_session_routes(server.router(), database.get(), {"https://cairn.example"}, limiter,
                     {.sign_up_open = false});
  server.start();
  http::testing::TestClient client(server.port());
  const http::Response refused =
      client.post("/api/v1/accounts",
                  R"({"email": "eve@example.org", "name": "Eve", "password": "long enough pass"})");
  EXPECT_EQ(refused.result(), Status::forbidden) << refused.body();
}

INSTANTIATE_BACKEND_TESTS(SessionRoutesTest);

}  // namespace
}  // namespace cairn::api
