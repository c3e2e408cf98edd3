// The issuing flow end to end over HTTP, on SQLite and on PostgreSQL (the issue's integration
// suite; TheWholeFlowFromOrganisationToExpiry runs every step in one): an organisation defines an
// achievement, awards it (Data Integrity and VC-JWT, to e-mail, DID and URL recipients), anyone
// fetches and verifies the credentials against the instance's did:web and status lists, and the
// organisation revokes (verification fails on status), suspends (the credential is no longer
// published) and unsuspends them.
#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <set>

#include "app/bulk_award_worker.h"
#include "app/mail_outbox.h"
#include "common/date_time.h"
#include "http/responses.h"
#include "model/organisation.h"
#include "service_under_test.h"
#include "smtp_sink.h"
#include "vc/structure/recipient_check.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
using store::testing::Backend;
using testing::id_of;
using testing::json_of;

constexpr std::string_view kAchievement = R"({
  "name": "Welding basics", "description": "Safe MIG welding of mild steel.",
  "learning_outcomes": ["Sets up a MIG welder", "Welds a butt joint"],
  "workload": {"ects": 1, "hours": 25}, "eqf_level": 4,
  "assessment": "Practical test observed by an assessor", "participation": "On site",
  "quality_assurance": "Internal quality review", "validity_days": 365,
  "skills": [{"uri": "http://data.europa.eu/esco/skill/0a5d8a6a-3a9c-4d1b-8b63-6c4f2b1d6f3e",
              "name": "weld metal", "framework": "ESCO"}]})";

class CredentialFlowTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    owner_ = service_.database().account_with_token("owner@example.org",
                                                    {"read", "write", "issue", "revoke"});
    service_.server().start();
    organisation_ = id_of(call(owner_, Verb::post, "/api/v1/orgs",
                               R"({"name": "Northern Welding College", "country": "FI"})"));
    achievement_ = id_of(call(owner_, Verb::post, "/api/v1/orgs/" + organisation_ + "/achievements",
                              std::string(kAchievement)));
  }

  http::Response call(const std::string& token, Verb method, const std::string& target,
                      std::string body = "") {
    return service_.call(token, method, target, std::move(body));
  }

  std::string awards() const {
    return "/api/v1/orgs/" + organisation_ + "/achievements/" + achievement_ + "/awards";
  }

  // Fetches the published credential as anyone would and verifies it through the API.
  boost::json::object verify_published(const std::string& credential_id) {
    const http::Response published = call("", Verb::get, "/credentials/" + credential_id);
    EXPECT_EQ(published.result(), Status::ok);
    const http::Response report = call("", Verb::post, "/api/v1/verify", published.body());
    EXPECT_EQ(report.result(), Status::ok) << report.body();
    return json_of(report).as_object();
  }

  static std::string check_status(const boost::json::object& report, std::string_view check) {
    for (const auto& line : report.at("checks").as_array()) {
      if (line.at("check").as_string() == check) return std::string(line.at("status").as_string());
    }
    return "(absent)";
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string owner_;
  std::string organisation_;
  std::string achievement_;
};

TEST_P(CredentialFlowTest, AwardsVerifyAndFollowRevocationAndSuspension) {
  const http::Response issued = call(owner_, Verb::post, awards(), R"([
      {"recipient": "Ada@Example.org", "recipient_name": "Ada Lovelace",
       "evidence": [{"url": "https://portfolio.example/ada/weld-1", "name": "Butt joint"}]},
      {"recipient": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"},
      {"recipient": "https://people.example/grace"},
      {"recipient": "linus@example.org", "format": "vc-jwt-eddsa"}])");
  ASSERT_EQ(issued.result(), Status::created) << issued.body();
  const boost::json::value body = json_of(issued);
  const boost::json::array& items = body.at("items").as_array();
  ASSERT_EQ(items.size(), 4u);
  std::vector<std::string> ids;
  for (const auto& item : items) ids.emplace_back(item.at("id").as_string());

  // The e-mail address is in the credential only as a salted hash that matches it.
  const boost::json::object& first = items[0].at("credential").as_object();
  EXPECT_EQ(items[0].at("recipient").at("identifier"), "ada@example.org");
  EXPECT_EQ(first.at("id").as_string(), "https://cairn.example/credentials/" + ids[0]);
  EXPECT_EQ(boost::json::serialize(first).find("ada@example.org"), std::string::npos);
  EXPECT_EQ(vc::structure::check_recipient(first, "ada@example.org", "emailAddress").match,
            vc::structure::RecipientMatch::kMatched);
  EXPECT_EQ(first.at("issuer").at("address").at("addressCountryCode"), "FI");
  EXPECT_TRUE(first.contains("validUntil")) << "the achievement's validity_days apply";
  EXPECT_TRUE(items[3].at("credential").is_string()) << "a VC-JWT is the compact JWT";

  for (const std::string& id : ids) {
    const boost::json::object report = verify_published(id);
    EXPECT_EQ(report.at("verified"), true) << id << ": " << boost::json::serialize(report);
    EXPECT_EQ(check_status(report, "issuer-key"), "pass") << boost::json::serialize(report);
    EXPECT_EQ(check_status(report, "status"), "pass") << boost::json::serialize(report);
  }

  // Revocation: the credential stops verifying on its status, and only that one.
  const http::Response revoked =
      call(owner_, Verb::post, "/api/v1/credentials/" + ids[1] + "/revoke",
           R"({"reason": "Assessment found to be invalid"})");
  ASSERT_EQ(revoked.result(), Status::ok) << revoked.body();
  EXPECT_EQ(json_of(revoked).at("status").at("state"), "revoked");
  boost::json::object report = verify_published(ids[1]);
  EXPECT_EQ(report.at("verified"), false);
  EXPECT_EQ(check_status(report, "status"), "fail") << boost::json::serialize(report);
  EXPECT_EQ(verify_published(ids[0]).at("verified"), true);
  EXPECT_EQ(call(owner_, Verb::post, "/api/v1/credentials/" + ids[1] + "/revoke",
                 R"({"reason": "again"})")
                .result(),
            Status::conflict);
  EXPECT_EQ(
      call(owner_, Verb::post, "/api/v1/credentials/" + ids[1] + "/suspend", R"({"reason": "x"})")
          .result(),
      Status::conflict);

  // Suspension holds until it is lifted: the credential is not published meanwhile.
  ASSERT_EQ(call(owner_, Verb::post, "/api/v1/credentials/" + ids[3] + "/suspend",
                 R"({"reason": "Under review"})")
                .result(),
            Status::ok);
  EXPECT_EQ(call("", Verb::get, "/credentials/" + ids[3]).result(), Status::not_found);
  EXPECT_EQ(call(owner_, Verb::post, "/api/v1/credentials/" + ids[3] + "/suspend",
                 R"({"reason": "twice"})")
                .result(),
            Status::conflict);
  ASSERT_EQ(call(owner_, Verb::post, "/api/v1/credentials/" + ids[3] + "/unsuspend").result(),
            Status::ok);
  EXPECT_EQ(verify_published(ids[3]).at("verified"), true);
  EXPECT_EQ(call(owner_, Verb::post, "/api/v1/credentials/" + ids[3] + "/unsuspend").result(),
            Status::conflict);
  EXPECT_EQ(call(owner_, Verb::post, "/api/v1/credentials/" + ids[0] + "/revoke", "{}").result(),
            Status::bad_request)
      << "a revocation needs a reason";
}

TEST_P(CredentialFlowTest, StatusListsAreSignedListsThatVerify) {
  const http::Response issued =
      call(owner_, Verb::post, awards(), R"({"recipient": "ada@example.org"})");
  ASSERT_EQ(issued.result(), Status::created) << issued.body();
  const std::string list(json_of(issued).at("status").at("list").as_string());
  const http::Response published = call("", Verb::get, "/status/" + list + "/revocation");
  ASSERT_EQ(published.result(), Status::ok) << published.body();
  const boost::json::object document = json_of(published).as_object();
  EXPECT_EQ(document.at("credentialSubject").at("statusPurpose"), "revocation");
  EXPECT_EQ(document.at("issuer"), json_of(issued).at("credential").at("issuer").at("id"));
  const http::Response report = call("", Verb::post, "/api/v1/verify", published.body());
  EXPECT_EQ(json_of(report).at("verified"), true) << report.body();
  EXPECT_EQ(call("", Verb::get, "/status/" + list + "/suspension").result(), Status::not_found);
  EXPECT_EQ(call("", Verb::get, "/status/nothing/revocation").result(), Status::not_found);
}

TEST_P(CredentialFlowTest, IndexesAreDistinctAndInRange) {
  boost::json::array many;
  for (int i = 0; i < 200; ++i) {
    many.emplace_back(boost::json::object{{"recipient", "p" + std::to_string(i) + "@example.org"}});
  }
  std::set<std::pair<std::string, std::int64_t>> slots;
  for (int round = 0; round < 3; ++round) {
    const http::Response issued = call(owner_, Verb::post, awards(), boost::json::serialize(many));
    ASSERT_EQ(issued.result(), Status::created) << issued.body();
    const boost::json::value body = json_of(issued);
    for (const auto& item : body.at("items").as_array()) {
      const std::int64_t index = item.at("status").at("index").as_int64();
      EXPECT_GE(index, 0);
      EXPECT_LT(index, 131072);
      slots.emplace(std::string(item.at("status").at("list").as_string()), index);
    }
  }
  EXPECT_EQ(slots.size(), 600u) << "no two credentials share a status entry";
}

TEST_P(CredentialFlowTest, ExpiredCredentialsFailTheValidityWindow) {
  const http::Response issued = call(owner_, Verb::post, awards(),
                                     R"({"recipient": "ada@example.org",
                                         "valid_until": "2099-01-01T00:00:00Z"})");
  ASSERT_EQ(issued.result(), Status::created) << issued.body();
  EXPECT_EQ(json_of(issued).at("valid_until"), "2099-01-01T00:00:00Z");
  const std::string document =
      call("", Verb::get, "/credentials/" + std::string(json_of(issued).at("id").as_string()))
          .body();
  vc::VerifierOptions later;
  later.at = *parse_date_time_stamp("2099-01-02T00:00:00Z");
  const vc::Verifier verifier(service_.verifier_services(), later);
  const vc::VerificationReport report =
      verifier.verify_credential(boost::json::parse(document).as_object());
  EXPECT_FALSE(report.verified());
  EXPECT_EQ(report.status_of("validity-window"), vc::CheckStatus::kFail);
  EXPECT_EQ(call(owner_, Verb::post, awards(),
                 R"({"recipient": "ada@example.org", "valid_until": "2001-01-01T00:00:00Z"})")
                .result(),
            Status::bad_request)
      << "an expiry in the past is refused";
}

TEST_P(CredentialFlowTest, BadAwardsIssueNothingAndSayWhichRowIsWrong) {
  const http::Response refused = call(owner_, Verb::post, awards(), R"([
      {"recipient": "ada@example.org"}, {"recipient": "not an address"}])");
  ASSERT_EQ(refused.result(), Status::bad_request);
  EXPECT_NE(json_of(refused).at("message").as_string().find("[1].recipient"), std::string::npos)
      << refused.body();
  EXPECT_EQ(call(owner_, Verb::post, awards(), R"({"recipient": "a@b.org", "colour": 1})").result(),
            Status::bad_request);
  EXPECT_EQ(call(owner_, Verb::post, awards(), R"([])").result(), Status::bad_request);
  EXPECT_EQ(
      call(owner_, Verb::post, "/api/v1/orgs/" + organisation_ + "/achievements/unknown/awards",
           R"({"recipient": "a@b.org"})")
          .result(),
      Status::not_found);
  // Nothing was issued by the refused requests: the next list entry is still the first.
  const http::Response first = call(owner_, Verb::post, awards(), R"({"recipient": "a@b.org"})");
  ASSERT_EQ(first.result(), Status::created);
  const std::string list(json_of(first).at("status").at("list").as_string());
  const auto positions = service_.database().get().read([&](store::Connection& connection) {
    return connection.query_one("SELECT next_position FROM status_lists WHERE id = ?", {list})
        ->get<std::int64_t>("next_position");
  });
  EXPECT_EQ(*positions, 1);
}

// The whole flow in one: organisation, achievement, bulk award, claim mail, claim, verify,
// revoke, verification failing on status, expiry.
TEST_P(CredentialFlowTest, TheWholeFlowFromOrganisationToExpiry) {
  http::testing::TestClient uploader(service_.server().port());
  http::Request upload{Verb::post, "/api/v1/orgs/" + organisation_ + "/awards/bulk", 11};
  upload.set(boost::beast::http::field::authorization, "Bearer " + owner_);
  upload.set(boost::beast::http::field::content_type, "text/csv");
  upload.body() = "achievement,recipient,recipient_name\n" + achievement_ +
                  ",ada@example.org,Ada\n" + achievement_ + ",grace@example.org,Grace\n";
  const http::Response accepted = uploader.send(upload);
  ASSERT_EQ(accepted.result(), Status::accepted) << accepted.body();
  app::JobRunner runner(service_.database().get(), service_.instance(), {});
  ASSERT_TRUE(runner.run_until_idle());
  const std::string job(json_of(accepted).at("id").as_string());
  EXPECT_EQ(json_of(call(owner_, Verb::get, "/api/v1/jobs/" + job)).at("issued"), 2);

  testing::SmtpSink sink;
  app::MailSettings mail;
  mail.relay = {"127.0.0.1", sink.port(), "test.local", std::chrono::seconds(5)};
  ASSERT_EQ(app::send_due_mail(service_.database().get(), mail, current_time())->sent, 2u);
  std::string claim;
  for (const auto& received : sink.messages()) {
    if (received.to != "ada@example.org") continue;
    const std::size_t at = received.message.find("/api/v1/claims/");
    claim = received.message.substr(at, received.message.find_first_of("\r\n/", at + 15) - at);
  }
  ASSERT_FALSE(claim.empty());
  const http::Response accepted_claim = call("", Verb::post, claim + "/accept");
  ASSERT_EQ(accepted_claim.result(), Status::ok) << accepted_claim.body();
  const std::string url(json_of(accepted_claim).at("url").as_string());
  const std::string id = url.substr(url.rfind('/') + 1);

  EXPECT_EQ(verify_published(id).at("verified"), true);
  ASSERT_EQ(call(owner_, Verb::post, "/api/v1/credentials/" + id + "/revoke",
                 R"({"reason": "Awarded by mistake"})")
                .result(),
            Status::ok);
  const boost::json::object revoked = verify_published(id);
  EXPECT_EQ(revoked.at("verified"), false);
  EXPECT_EQ(check_status(revoked, "status"), "fail");

  // Grace's credential expires with the achievement's validity_days (365).
  const std::string document = *service_.database().get().read([&](store::Connection& c) {
    return c.query_one("SELECT document FROM credentials WHERE recipient = 'grace@example.org'")
        ->get<std::string>("document");
  });
  vc::VerifierOptions a_year_on;
  a_year_on.at = current_time() + std::chrono::days(366);
  const vc::VerificationReport expired =
      vc::Verifier(service_.verifier_services(), a_year_on)
          .verify_credential(boost::json::parse(document).as_object());
  EXPECT_EQ(expired.status_of("validity-window"), vc::CheckStatus::kFail);
  EXPECT_EQ(expired.status_of("status"), vc::CheckStatus::kPass) << "expired, not revoked";
}

INSTANTIATE_BACKEND_TESTS(CredentialFlowTest);

}  // namespace
}  // namespace cairn::api
