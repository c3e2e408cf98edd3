// Expiry reminders, on SQLite and on PostgreSQL: one mail per e-mail-addressed credential when
// its validUntil comes within 30 days, none for revoked, DID-addressed or distant ones,
// none twice.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/expiry_reminders.h"
#include "http/responses.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
using testing::id_of;
using namespace std::chrono_literals;

class ExpiryReminderTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    service_.server().start();
    const auto issuer = service_.make_issuer("Expiring College", "Short badge");
    owner_ = issuer.owner_token;
    awards_ = issuer.awards;
  }

  std::string award(const std::string& recipient, TimePoint valid_until) {
    return id_of(service_.call(owner_, Verb::post, awards_,
                               R"({"recipient": ")" + recipient + R"(", "valid_until": ")" +
                                   format_whole_seconds(valid_until) + "\"}"));
  }

  std::vector<std::string> reminded() {
    const auto rows = service_.database().get().read([](store::Connection& connection) {
      return connection.query(
          "SELECT recipient FROM outbox WHERE subject LIKE '%expires on%' "
          "ORDER BY recipient");
    });
    std::vector<std::string> recipients;
    for (const store::Row& row : *rows) recipients.push_back(row.get<std::string>("recipient"));
    return recipients;
  }

  Result<std::size_t> sweep(TimePoint at) {
    return app::queue_expiry_reminders(service_.database().get(), service_.instance(), at);
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string owner_;
  std::string awards_;
};

TEST_P(ExpiryReminderTest, EachCredentialDueWithinTheLeadGetsOneReminder) {
  const TimePoint now = current_time();
  award("soon@example.org", now + std::chrono::days(10));
  award("later@example.org", now + std::chrono::days(60));
  const std::string revoked = award("revoked@example.org", now + std::chrono::days(5));
  ASSERT_EQ(service_
                .call(owner_, Verb::post, "/api/v1/credentials/" + revoked + "/revoke",
                      R"({"reason": "test"})")
                .result(),
            Status::ok);
  award("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", now + std::chrono::days(3));

  const Result<std::size_t> first = sweep(now);
  ASSERT_TRUE(first) << first.error().to_string();
  EXPECT_EQ(*first, 1u);
  EXPECT_EQ(reminded(), (std::vector<std::string>{"soon@example.org"}));
  EXPECT_EQ(*sweep(now + 1h), 0u) << "never twice";

  // Forty days on, the distant one is due (the first has expired and was reminded already).
  EXPECT_EQ(*sweep(now + std::chrono::days(40)), 1u);
  EXPECT_EQ(reminded(), (std::vector<std::string>{"later@example.org", "soon@example.org"}));
}

INSTANTIATE_BACKEND_TESTS(ExpiryReminderTest);

}  // namespace
}  // namespace cairn::api
