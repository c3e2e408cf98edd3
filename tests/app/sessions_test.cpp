// Browser sessions at the use-case level, with the clock in the test's hands: sign-in, the
// throttle and its window, lifetime and idle expiry, sign-out, and no session fixation.
#include "app/sessions.h"

#include <gtest/gtest.h>

#include <chrono>

#include "app/create_user.h"
#include "service_database.h"

namespace cairn::app {
namespace {

using namespace std::chrono_literals;

const TimePoint kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 29} + 16h;
constexpr std::string_view kPassword = "correct horse battery";

class SessionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* email : {"ada@example.org", "grace@example.org"}) {
      ASSERT_TRUE(create_user(database_, {email, "Someone", std::string(kPassword), false}, kNow));
    }
  }

  Result<NewSession> sign_in_at(TimePoint at, const std::string& email,
                                std::string_view password = kPassword,
                                std::optional<std::string> previous = std::nullopt) {
    return sign_in(database_, {email, std::string(password), std::move(previous)}, at);
  }

  bool authenticates(const std::string& cookie, TimePoint at) {
    return authenticate_session(database_, cookie, at).ok();
  }

  cairn::testing::ServiceDatabase service_;
  store::Database& database_ = service_.get();
};

TEST_F(SessionsTest, SignInMakesASessionWithTheAccountsRights) {
  Result<NewSession> session = sign_in_at(kNow, "ADA@example.org");
  ASSERT_TRUE(session) << session.error().to_string();
  EXPECT_EQ(session->cookie.size(), 43u);
  EXPECT_EQ(session->csrf_token.size(), 43u);
  EXPECT_NE(session->cookie, session->csrf_token);
  EXPECT_EQ(session->expires_at, "2026-12-06T16:00:00Z");
  Result<SessionPrincipal> found = authenticate_session(database_, session->cookie, kNow + 1min);
  ASSERT_TRUE(found) << found.error().to_string();
  EXPECT_EQ(found->principal.user.email, "ada@example.org");
  EXPECT_EQ(found->principal.scopes,
            (std::vector<std::string>{"read", "write", "issue", "revoke"}));
  EXPECT_TRUE(found->principal.token_id.empty());
  EXPECT_EQ(found->csrf_token, session->csrf_token);

  // Only the cookie's hash is stored.
  const auto stored = database_.read([&](store::Connection& connection) {
    return connection
        .query_one("SELECT COUNT(*) AS n FROM sessions WHERE id = ? OR csrf_token = ?",
                   {session->cookie, session->cookie})
        ->get<std::int64_t>("n");
  });
  EXPECT_EQ(*stored, 0);
}

TEST_F(SessionsTest, AWrongPasswordAndAnUnknownAddressGetTheSameAnswer) {
  const Result<NewSession> wrong = sign_in_at(kNow, "ada@example.org", "not the password");
  const Result<NewSession> unknown = sign_in_at(kNow, "nobody@example.org");
  const Result<NewSession> malformed = sign_in_at(kNow, "not an address");
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  ASSERT_FALSE(malformed);
  EXPECT_EQ(wrong.error().code, "unauthenticated");
  EXPECT_EQ(wrong.error().to_string(), unknown.error().to_string());
  EXPECT_EQ(wrong.error().to_string(), malformed.error().to_string());
}

TEST_F(SessionsTest, TheThrottleRefusesEvenTheRightPasswordUntilTheOldestFailureLeavesTheWindow) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    EXPECT_EQ(sign_in_at(kNow + attempt * 1min, "ada@example.org", "guess").error().code,
              "unauthenticated");
  }
  const Result<NewSession> throttled = sign_in_at(kNow + 5min, "ada@example.org");
  ASSERT_FALSE(throttled);
  EXPECT_EQ(throttled.error().code, "too many attempts");
  EXPECT_NE(throttled.error().message.find("2026-11-29T16:15:00Z"), std::string::npos)
      << throttled.error().message;
  EXPECT_TRUE(sign_in_at(kNow + 5min, "grace@example.org")) << "other accounts are not affected";
  // Addresses without an account are throttled alike: the answer tells nothing.
  for (int attempt = 0; attempt < 5; ++attempt) {
    EXPECT_EQ(sign_in_at(kNow, "nobody@example.org", "guess").error().code, "unauthenticated");
  }
  EXPECT_EQ(sign_in_at(kNow + 1min, "nobody@example.org").error().code, "too many attempts");

  EXPECT_EQ(sign_in_at(kNow + 14min, "ada@example.org").error().code, "too many attempts");
  ASSERT_TRUE(sign_in_at(kNow + 15min, "ada@example.org"))
      << "the first failure has left the window: four remain";
  // A success forgets the failures: five more are allowed.
  for (int attempt = 0; attempt < 4; ++attempt) {
    EXPECT_EQ(sign_in_at(kNow + 16min, "ada@example.org", "guess").error().code, "unauthenticated");
  }
  EXPECT_TRUE(sign_in_at(kNow + 16min, "ada@example.org"));
}

TEST_F(SessionsTest, ASessionEndsWhenIdleTooLongAtItsLifetimeAndAtSignOut) {
  const NewSession idle = *sign_in_at(kNow, "ada@example.org");
  EXPECT_TRUE(authenticates(idle.cookie, kNow + 23h));
  EXPECT_TRUE(authenticates(idle.cookie, kNow + 46h)) << "the use at 23 h kept it alive";
  EXPECT_FALSE(authenticates(idle.cookie, kNow + 71h)) << "idle for 25 h";

  const NewSession used = *sign_in_at(kNow, "ada@example.org");
  for (auto at = kNow; at < kNow + std::chrono::days(7); at += 12h) {
    EXPECT_TRUE(authenticates(used.cookie, at));
  }
  EXPECT_FALSE(authenticates(used.cookie, kNow + std::chrono::days(7))) << "past its lifetime";

  const NewSession ended = *sign_in_at(kNow, "ada@example.org");
  ASSERT_TRUE(sign_out(database_, ended.cookie, kNow + 1min));
  EXPECT_FALSE(authenticates(ended.cookie, kNow + 2min));
}

TEST_F(SessionsTest, SignInNeverAdoptsTheSessionItWasSentWith) {
  // A cookie value someone chose (planted in the browser before sign-in) opens nothing, and
  // sign-in does not make it a session.
  const std::string planted(43, 'A');
  EXPECT_FALSE(authenticates(planted, kNow));
  const NewSession fresh = *sign_in_at(kNow, "ada@example.org", kPassword, planted);
  EXPECT_NE(fresh.cookie, planted);
  EXPECT_FALSE(authenticates(planted, kNow + 1min));

  // A session the browser held is ended by the next sign-in, which makes a new one.
  const NewSession next = *sign_in_at(kNow + 2min, "grace@example.org", kPassword, fresh.cookie);
  EXPECT_NE(next.cookie, fresh.cookie);
  EXPECT_FALSE(authenticates(fresh.cookie, kNow + 3min));
  EXPECT_TRUE(authenticates(next.cookie, kNow + 3min));
  for (const std::string& malformed : {std::string(), std::string(42, 'A'), std::string(43, '*')}) {
    EXPECT_FALSE(authenticates(malformed, kNow)) << malformed;
  }
}

}  // namespace
}  // namespace cairn::app
