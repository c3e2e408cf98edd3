// The claim: an e-mail recipient gets a mail through the outbox and the SMTP relay with a link
// that accepts or declines the credential; mail to a relay that is down waits and is retried. On
// SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>

#include "app/mail_outbox.h"
#include "http/responses.h"
#include "service_under_test.h"
#include "smtp_sink.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
using testing::id_of;
using testing::json_of;
using namespace std::chrono_literals;

class ClaimTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    token_ =
        service_.database().account_with_token("owner@example.org", {"read", "write", "issue"});
    service_.server().start();
    const std::string organisation =
        id_of(call(token_, Verb::post, "/api/v1/orgs", R"({"name": "Claim College"})"));
    const std::string badge = id_of(call(
        token_, Verb::post, "/api/v1/orgs/" + organisation + "/achievements",
        R"({"name": "Claimed badge", "description": "To claim.", "achievement_type": "Badge"})"));
    awards_ = "/api/v1/orgs/" + organisation + "/achievements/" + badge + "/awards";
  }

  http::Response call(const std::string& token, Verb method, const std::string& target,
                      std::string body = "") {
    return service_.call(token, method, target, std::move(body));
  }

  app::MailSettings settings(std::uint16_t port) const {
    app::MailSettings mail;
    mail.from = "badges@claim.example";
    mail.domain = "claim.example";
    mail.relay = {"127.0.0.1", port, "test.local", 5s};
    return mail;
  }

  // The claim path (/api/v1/claims/<token>) in a received mail.
  static std::string claim_path(const std::string& message) {
    const std::size_t at = message.find("/api/v1/claims/");
    const std::size_t end = message.find_first_of("\r\n/", at + 15);
    return message.substr(at, end - at);
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string token_;
  std::string awards_;
};

TEST_P(ClaimTest, TheMailCarriesALinkThatAcceptsOrDeclines) {
  const http::Response issued = call(token_, Verb::post, awards_, R"([
      {"recipient": "ada@example.org", "recipient_name": "Ada"},
      {"recipient": "bob@example.org"},
      {"recipient": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"}])");
  ASSERT_EQ(issued.result(), Status::created) << issued.body();
  const boost::json::value items = json_of(issued).at("items");

  testing::SmtpSink sink;
  Result<app::SendOutcome> sent =
      app::send_due_mail(service_.database().get(), settings(sink.port()), current_time());
  ASSERT_TRUE(sent) << sent.error().to_string();
  EXPECT_EQ(sent->sent, 2u) << "one mail per e-mail recipient; a DID gets none";
  const std::vector<testing::ReceivedMail> mails = sink.messages();
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_EQ(mails[0].from, "badges@claim.example");
  const testing::ReceivedMail& ada = mails[0].to == "ada@example.org" ? mails[0] : mails[1];
  const testing::ReceivedMail& bob = mails[0].to == "ada@example.org" ? mails[1] : mails[0];
  EXPECT_NE(ada.message.find("Hello Ada,"), std::string::npos) << ada.message;
  EXPECT_NE(ada.message.find("Claim College"), std::string::npos);
  EXPECT_EQ(
      app::send_due_mail(service_.database().get(), settings(sink.port()), current_time())->sent,
      0u)
      << "a sent mail is not sent again";

  const std::string ada_claim = claim_path(ada.message);
  const http::Response view = call("", Verb::get, ada_claim);
  ASSERT_EQ(view.result(), Status::ok) << view.body();
  EXPECT_EQ(json_of(view).at("claim"), "pending");
  EXPECT_EQ(json_of(view).at("achievement"), "Claimed badge");
  const http::Response accepted = call("", Verb::post, ada_claim + "/accept");
  ASSERT_EQ(accepted.result(), Status::ok) << accepted.body();
  EXPECT_EQ(json_of(accepted).at("claim"), "accepted");
  EXPECT_EQ(call("", Verb::post, ada_claim + "/decline").result(), Status::conflict);

  const std::string bob_claim = claim_path(bob.message);
  ASSERT_EQ(call("", Verb::post, bob_claim + "/decline").result(), Status::ok);
  const std::string bob_id(json_of(call("", Verb::get, bob_claim)).at("url").as_string());
  EXPECT_EQ(call("", Verb::get, bob_id.substr(bob_id.find("/credentials/"))).result(),
            Status::not_found)
      << "a declined credential is not published";
  EXPECT_EQ(call("", Verb::get, "/api/v1/claims/not-a-token").result(), Status::not_found);
}

TEST_P(ClaimTest, MailWaitsWhileTheRelayIsDownAndGoesOutLater) {
  ASSERT_EQ(call(token_, Verb::post, awards_, R"({"recipient": "ada@example.org"})").result(),
            Status::created);
  testing::SmtpSink sink;
  sink.fail("MAIL", "421 closing, try later");
  const TimePoint now = current_time();
  Result<app::SendOutcome> first =
      app::send_due_mail(service_.database().get(), settings(sink.port()), now);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->retried, 1u);
  sink.fail("", "");
  EXPECT_EQ(app::send_due_mail(service_.database().get(), settings(sink.port()), now)->sent, 0u)
      << "not due again yet";
  EXPECT_EQ(app::send_due_mail(service_.database().get(), settings(sink.port()), now + 2min)->sent,
            1u);
  EXPECT_EQ(sink.messages().size(), 1u);
}

INSTANTIATE_BACKEND_TESTS(ClaimTest);

}  // namespace
}  // namespace cairn::api
