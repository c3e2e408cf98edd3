// The issuer console through the whole service, on SQLite and on PostgreSQL (the console's own
// queries: organisations of an account, the credentials list): an owner signed in by cookie defines
// an achievement with the editor (a refused definition comes back with its fields and the reason),
// checks a CSV (the first rows and each row's problem, nothing issued), starts a bulk award and
// follows its job page to the end; strangers and non-members are kept out.
#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>
#include <map>

#include "app/bulk_award_worker.h"
#include "common/date_time.h"
#include "crypto/digest.h"
#include "media/badge_image.h"
#include "model/organisation.h"
#include "service_under_test.h"

namespace cairn::web {
namespace {

using http::Status;
using http::Verb;
namespace field = boost::beast::http;

constexpr std::string_view kPassword = "a long enough password";

class ConsolePagesTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    token_ = service_.database().account_with_token(
        "owner@example.org", {"read", "write", "issue", "revoke"}, false, std::string(kPassword));
    service_.server().start();
    const http::Response made = service_.call(token_, Verb::post, "/api/v1/orgs",
                                              R"({"name": "Northern Welding College"})");
    organisation_ = testing::id_of(made);
    session_ = service_.sign_in("owner@example.org", std::string(kPassword));
  }

  http::Response send(Verb method, const std::string& target, const std::string& body = "",
                      const std::string& content_type = "", bool signed_in = true) {
    return service_.browse(method, target, signed_in ? session_.cookie : "", body, content_type);
  }

  std::string console() const { return "/console/" + organisation_; }

  // A multipart/form-data body (boundary x1, kMultipart) of text fields and, when `file.field` is
  // set, one file part.
  static constexpr std::string_view kMultipart = "multipart/form-data; boundary=x1";
  struct FilePart {
    std::string field, file_name, content_type, bytes;
  };
  static std::string multipart(const std::vector<std::pair<std::string, std::string>>& fields,
                               const FilePart& file = {}) {
    std::string body;
    for (const auto& [name, value] : fields) {
      body +=
          "--x1\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
    if (!file.field.empty()) {
      body += "--x1\r\nContent-Disposition: form-data; name=\"" + file.field + "\"; filename=\"" +
              file.file_name + "\"\r\nContent-Type: " + file.content_type + "\r\n\r\n" +
              file.bytes + "\r\n";
    }
    return body + "--x1--\r\n";
  }

  std::string define_badge() {
    const http::Response defined =
        send(Verb::post, console() + "/achievements",
             "csrf_token=" + session_.csrf_token +
                 "&name=Welding+basics&description=Safe+MIG+welding.&achievement_type=Badge");
    EXPECT_EQ(defined.result(), Status::see_other) << defined.body();
    return std::string(
        boost::json::parse(
            service_.call(token_, Verb::get, "/api/v1/orgs/" + organisation_ + "/achievements")
                .body())
            .at("items")
            .at(0)
            .at("id")
            .as_string());
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string token_;
  std::string organisation_;
  testing::ServiceUnderTest::BrowserSession session_;
};

TEST_P(ConsolePagesTest, ListsTheAccountsOrganisationsAndKeepsStrangersOut) {
  const http::Response list = send(Verb::get, "/console");
  ASSERT_EQ(list.result(), Status::ok);
  EXPECT_NE(list.body().find("Northern Welding College"), std::string::npos);
  EXPECT_NE(list.body().find(">owner<"), std::string::npos);
  const http::Response stranger = send(Verb::get, console(), "", "", false);
  EXPECT_EQ(stranger.result(), Status::see_other);
  EXPECT_EQ(stranger[field::field::location], "/sign-in?next=%2Fconsole%2F" + organisation_);
  EXPECT_EQ(send(Verb::get, "/console/0123456789abcdef").result(), Status::forbidden);
}

TEST_P(ConsolePagesTest, TheEditorDefinesAnAchievementOrSaysWhatIsWrong) {
  const http::Response editor = send(Verb::get, console() + "/achievements/new");
  ASSERT_EQ(editor.result(), Status::ok);
  EXPECT_NE(editor.body().find("name=\"learning_outcomes\""), std::string::npos);
  // A micro-credential without its EU elements is refused, and the form keeps what was typed.
  const http::Response refused = send(
      Verb::post, console() + "/achievements",
      "csrf_token=" + session_.csrf_token +
          "&name=Data+%3Cb%3Eanalysis%3C%2Fb%3E&description=x&achievement_type=MicroCredential");
  EXPECT_EQ(refused.result(), Status::bad_request);
  EXPECT_NE(refused.body().find("role=\"alert\""), std::string::npos);
  EXPECT_NE(refused.body().find("value=\"Data &lt;b&gt;analysis&lt;/b&gt;\""), std::string::npos)
      << refused.body();
  EXPECT_EQ(send(Verb::post, console() + "/achievements", "name=x&description=y").result(),
            Status::forbidden);  // no CSRF token

  const http::Response defined =
      send(Verb::post, console() + "/achievements",
           "csrf_token=" + session_.csrf_token +
               "&name=Data+analysis&description=Pandas.&achievement_type=MicroCredential"
               "&learning_outcomes=Cleans+data%0D%0ACharts+data&workload_ects=2&workload_hours=50"
               "&eqf_level=5&assessment=Project&participation=Online&quality_assurance=Review"
               "&skills=http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2Fabc+Python+programming");
  ASSERT_EQ(defined.result(), Status::see_other) << defined.body();
  const http::Response organisation = send(Verb::get, console());
  EXPECT_NE(organisation.body().find(">Data analysis<"), std::string::npos);
  const boost::json::value listed = boost::json::parse(
      service_.call(token_, Verb::get, "/api/v1/orgs/" + organisation_ + "/achievements").body());
  const auto& definition = listed.at("items").at(0).at("definition");
  EXPECT_EQ(definition.at("learning_outcomes").as_array().size(), 2u);
  EXPECT_EQ(definition.at("eqf_level"), 5);
  EXPECT_EQ(definition.at("skills").at(0).at("name"), "Python programming");
}

TEST_P(ConsolePagesTest, ACsvIsCheckedThenIssuedAsAJobWithProgress) {
  const std::string badge = define_badge();
  const std::string bad_csv = "achievement,recipient\n" + badge + ",ada@example.org\n" + badge +
                              ",not an address\nnope,bob@example.org\n";
  const auto bulk_form = [&](const std::string& csv, const std::string& action) {
    return multipart({{"csrf_token", session_.csrf_token},
                      {"csv_text", csv},
                      {"duplicate_policy", "deny"},
                      {"action", action}});
  };
  const http::Response checked = send(Verb::post, console() + "/awards/bulk",
                                      bulk_form(bad_csv, "start"), std::string(kMultipart));
  ASSERT_EQ(checked.result(), Status::ok) << checked.body();
  EXPECT_NE(checked.body().find("2 of 3 rows have problems"), std::string::npos) << checked.body();
  EXPECT_NE(checked.body().find("<td>ada@example.org</td>"), std::string::npos);  // first rows

  std::string good_csv = "achievement,recipient\n";
  for (int i = 0; i < 30; ++i) good_csv += badge + ",p" + std::to_string(i) + "@example.org\n";
  const http::Response preview = send(Verb::post, console() + "/awards/bulk",
                                      bulk_form(good_csv, "check"), std::string(kMultipart));
  EXPECT_NE(preview.body().find("All 30 rows are valid"), std::string::npos);
  const http::Response started = send(Verb::post, console() + "/awards/bulk",
                                      bulk_form(good_csv, "start"), std::string(kMultipart));
  ASSERT_EQ(started.result(), Status::see_other) << started.body();
  const std::string job_page(started[field::field::location]);
  EXPECT_TRUE(job_page.starts_with(console() + "/jobs/"));
  const http::Response queued = send(Verb::get, job_page);
  ASSERT_EQ(queued.result(), Status::ok);
  EXPECT_NE(queued.body().find("<progress"), std::string::npos);
  EXPECT_NE(queued.body().find("progress.js"), std::string::npos);

  app::JobRunner runner(service_.database().get(), service_.instance(), {.batch_size = 16});
  ASSERT_TRUE(runner.run_until_idle());
  const http::Response done = send(Verb::get, job_page);
  EXPECT_NE(done.body().find(">Done<"), std::string::npos) << done.body();
  EXPECT_NE(done.body().find("value=\"30\" max=\"30\""), std::string::npos);
}

TEST_P(ConsolePagesTest, TheCredentialsListFiltersAndChangesStatus) {
  const std::string badge = define_badge();
  const std::string awards = "/api/v1/orgs/" + organisation_ + "/achievements/" + badge + "/awards";
  for (const std::string recipient : {"ada@example.org", "bob@example.org", "carla@example.org"}) {
    ASSERT_EQ(service_.call(token_, Verb::post, awards, R"({"recipient": ")" + recipient + R"("})")
                  .result(),
              Status::created);
  }
  const http::Response all = send(Verb::get, console() + "/credentials");
  ASSERT_EQ(all.result(), Status::ok) << all.body();
  for (const char* recipient : {"ada@example.org", "bob@example.org", "carla@example.org"}) {
    EXPECT_NE(all.body().find(recipient), std::string::npos) << recipient;
  }
  const http::Response found = send(Verb::get, console() + "/credentials?q=BO");
  EXPECT_NE(found.body().find("bob@example.org"), std::string::npos);
  EXPECT_EQ(found.body().find("ada@example.org"), std::string::npos);
  EXPECT_NE(send(Verb::get, console() + "/credentials?q=%25").body().find(">No credentials match"),
            std::string::npos);  // % is a character, not a wildcard

  const std::size_t form = found.body().find("/credentials/");
  const std::size_t id_start = found.body().find("/credentials/", form + 1);
  const std::string id = found.body().substr(id_start + 13, 32);
  const std::string back = console() + "/credentials?q=BO";
  const http::Response revoked =
      send(Verb::post, console() + "/credentials/" + id + "/status",
           "csrf_token=" + session_.csrf_token + "&action=revoke&reason=Issued+in+error&back=" +
               "%2Fconsole%2F" + organisation_ + "%2Fcredentials%3Fq%3DBO");
  ASSERT_EQ(revoked.result(), Status::see_other) << revoked.body();
  EXPECT_EQ(revoked[field::field::location], back);
  const http::Response listed = send(Verb::get, console() + "/credentials?state=revoked");
  EXPECT_NE(listed.body().find("bob@example.org"), std::string::npos);
  EXPECT_NE(listed.body().find(">Revoked<"), std::string::npos);
  EXPECT_EQ(listed.body().find("ada@example.org"), std::string::npos);
  // Revoked is final: again is a conflict, shown as a page.
  EXPECT_EQ(send(Verb::post, console() + "/credentials/" + id + "/status",
                 "csrf_token=" + session_.csrf_token + "&action=revoke&reason=again")
                .result(),
            Status::conflict);
  EXPECT_EQ(
      send(Verb::post, console() + "/credentials/" + id + "/status", "action=suspend").result(),
      Status::forbidden);
  EXPECT_EQ(send(Verb::get, console() + "/credentials?state=nonsense").result(),
            Status::bad_request);
}

TEST_P(ConsolePagesTest, AwardsOneAndManagesTheTeam) {
  const std::string badge = define_badge();
  const http::Response form = send(Verb::get, console() + "/awards/new?achievement=" + badge);
  ASSERT_EQ(form.result(), Status::ok);
  EXPECT_NE(form.body().find("value=\"" + badge + "\" selected"), std::string::npos);
  const http::Response refused = send(
      Verb::post, console() + "/awards",
      "csrf_token=" + session_.csrf_token + "&achievement=" + badge + "&recipient=not+an+address");
  EXPECT_EQ(refused.result(), Status::bad_request);
  EXPECT_NE(refused.body().find("value=\"not an address\""), std::string::npos);
  const http::Response awarded =
      send(Verb::post, console() + "/awards",
           "csrf_token=" + session_.csrf_token + "&achievement=" + badge +
               "&recipient=Dana%40Example.org&recipient_name=Dana&evidence_name=Weld+test"
               "&evidence_url=https%3A%2F%2Fexample.org%2Fweld&valid_until=2030-06-30");
  ASSERT_EQ(awarded.result(), Status::see_other) << awarded.body();
  EXPECT_EQ(awarded[field::field::location], console() + "/credentials?q=dana%40example.org");
  const http::Response listed = send(Verb::get, std::string(awarded[field::field::location]));
  EXPECT_NE(listed.body().find("dana@example.org"), std::string::npos);

  // The team: add an existing account as assessor, make it a viewer, remove it; an address
  // without an account is invited (tests/web/invitation_pages_test.cpp), a malformed one refused.
  service_.database().account_with_token("erin@example.org", {"read"});
  const http::Response invited = send(
      Verb::post, console() + "/members",
      "csrf_token=" + session_.csrf_token + "&action=add&email=nobody%40example.org&role=viewer");
  ASSERT_EQ(invited.result(), Status::see_other);
  EXPECT_EQ(invited[field::field::location], console() + "/members?invited=nobody%40example.org");
  const std::string after_invitation =
      send(Verb::get, std::string(invited[field::field::location])).body();
  EXPECT_NE(after_invitation.find("goes by e-mail to nobody@example.org"), std::string::npos)
      << "the page says the invitation went out";
  EXPECT_NE(after_invitation.find("<th scope=\"row\">nobody@example.org</th>"), std::string::npos)
      << "listed among the invitations";
  EXPECT_EQ(send(Verb::get, console() + "/members?invited=someone%40else.example")
                .body()
                .find("someone@else.example"),
            std::string::npos)
      << "a link cannot make the page announce an address nobody invited";
  EXPECT_EQ(send(Verb::post, console() + "/members",
                 "csrf_token=" + session_.csrf_token + "&action=add&email=nobody&role=viewer")
                .result(),
            Status::bad_request);
  const http::Response added = send(
      Verb::post, console() + "/members",
      "csrf_token=" + session_.csrf_token + "&action=add&email=erin%40example.org&role=assessor");
  ASSERT_EQ(added.result(), Status::see_other);
  EXPECT_NE(send(Verb::get, std::string(added[field::field::location]))
                .body()
                .find("(a notice goes by e-mail): erin@example.org"),
            std::string::npos);
  const http::Response team = send(Verb::get, console() + "/members");
  ASSERT_NE(team.body().find("erin@example.org"), std::string::npos);
  const std::size_t at =
      team.body().find("name=\"user\" value=\"", team.body().find("erin@example.org"));
  const std::string user = team.body().substr(at + 19, 32);
  ASSERT_EQ(send(Verb::post, console() + "/members",
                 "csrf_token=" + session_.csrf_token + "&action=role&user=" + user + "&role=viewer")
                .result(),
            Status::see_other);
  ASSERT_EQ(send(Verb::post, console() + "/members",
                 "csrf_token=" + session_.csrf_token + "&action=remove&user=" + user)
                .result(),
            Status::see_other);
  EXPECT_EQ(send(Verb::get, console() + "/members").body().find("erin@example.org"),
            std::string::npos);
}

TEST_P(ConsolePagesTest, AnalyticsCountIssuesViewsAndVerificationsPerDay) {
  const std::string badge = define_badge();
  const http::Response issued = service_.call(
      token_, Verb::post, "/api/v1/orgs/" + organisation_ + "/achievements/" + badge + "/awards",
      R"({"recipient": "ada@example.org"})");
  ASSERT_EQ(issued.result(), Status::created);
  const std::string id = testing::id_of(issued);
  EXPECT_EQ(send(Verb::get, "/credentials/" + id, "", "", false).result(), Status::ok);
  EXPECT_EQ(send(Verb::get, "/credentials/" + id, "", "", false).result(), Status::ok);
  const std::string json = service_.call("", Verb::get, "/credentials/" + id).body();  // not a view
  std::string form = "credential=";
  for (const unsigned char c : json) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    form += {'%', kHex[c >> 4], kHex[c & 15]};
  }
  ASSERT_EQ(send(Verb::post, "/verify", form).result(), Status::ok);
  ASSERT_EQ(service_.call("", Verb::post, "/api/v1/verify", json).result(), Status::ok);
  ASSERT_TRUE(service_.events().flush());
  // ada accepts the claim the mail sent her.
  const std::string mail = *service_.database().get().read([&](store::Connection& connection) {
    return connection.query_one("SELECT body FROM outbox WHERE body LIKE ?", {"%/claim/%"})
        ->get<std::string>("body");
  });
  const std::size_t at = mail.find("/claim/") + 7;
  const std::string claim = mail.substr(at, mail.find_first_of("\r\n/ ", at) - at);
  ASSERT_EQ(service_.call("", Verb::post, "/api/v1/claims/" + claim + "/accept").result(),
            Status::ok);

  const std::string page = console() + "/achievements/" + badge + "/analytics";
  const http::Response analytics = send(Verb::get, page);
  ASSERT_EQ(analytics.result(), Status::ok) << analytics.body();
  EXPECT_NE(analytics.body().find("<svg"), std::string::npos);
  EXPECT_NE(analytics.body().find("<polyline points="), std::string::npos);
  const std::string today = format_whole_seconds(current_time()).substr(0, 10);
  EXPECT_NE(analytics.body().find("<th scope=\"row\">" + today +
                                  "</th><td>1</td><td>1</td><td>2</td><td>2</td><td>0</td>"),
            std::string::npos)
      << analytics.body();
  const http::Response csv = send(Verb::get, page + "?days=90&format=csv");
  EXPECT_EQ(csv[field::field::content_type], "text/csv; charset=utf-8");
  EXPECT_NE(csv.body().find(today + ",1,1,2,2,0\r\n"), std::string::npos) << csv.body();
  EXPECT_EQ(std::count(csv.body().begin(), csv.body().end(), '\n'), 91);  // header + 90 days
  EXPECT_EQ(send(Verb::get, page, "", "", false).result(), Status::see_other);
}

TEST_P(ConsolePagesTest, TheEditorRevisesAnAchievementIntoANewVersionKeepingWhatItDoesNotShow) {
  const http::Response made = service_.call(
      token_, Verb::post, "/api/v1/orgs/" + organisation_ + "/achievements",
      R"({"name": "Welding basics", "description": "MIG welding.", "achievement_type": "Badge",
          "tags": ["welding"], "skills": [{"uri": "http://data.europa.eu/esco/skill/weld",
          "name": "weld metal", "framework": "ESCO", "code": "S1.2"}]})");
  ASSERT_EQ(made.result(), Status::created) << made.body();
  const std::string id = testing::id_of(made);
  const http::Response editor = send(Verb::get, console() + "/achievements/" + id + "/edit");
  ASSERT_EQ(editor.result(), Status::ok) << editor.body();
  EXPECT_NE(editor.body().find("value=\"Welding basics\""), std::string::npos);
  EXPECT_NE(editor.body().find("http://data.europa.eu/esco/skill/weld weld metal"),
            std::string::npos);
  EXPECT_NE(editor.body().find("id=\"tags\" name=\"tags\" value=\"welding\""), std::string::npos);
  EXPECT_NE(editor.body().find("action=\"/console/" + organisation_ + "/achievements/" + id),
            std::string::npos);
  const http::Response revised =
      send(Verb::post, console() + "/achievements/" + id,
           "csrf_token=" + session_.csrf_token +
               "&name=Welding+basics+II&description=MIG+and+TIG+welding.&achievement_type=Badge"
               "&skills=http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2Fweld+weld+metals"
               "&tags=welding%2C+TIG+%2C%2C&human_code=WB-2&field_of_study=Metalwork"
               "&specialization=Arc+welding");
  ASSERT_EQ(revised.result(), Status::see_other) << revised.body();
  const boost::json::value current = boost::json::parse(
      service_.call(token_, Verb::get, "/api/v1/orgs/" + organisation_ + "/achievements/" + id)
          .body());
  EXPECT_EQ(current.at("version"), 2);
  const auto& definition = current.at("definition");
  EXPECT_EQ(definition.at("name"), "Welding basics II");
  EXPECT_EQ(definition.at("tags"), (boost::json::array{"welding", "TIG"}));
  EXPECT_EQ(definition.at("human_code"), "WB-2");
  EXPECT_EQ(definition.at("field_of_study"), "Metalwork");
  EXPECT_EQ(definition.at("specialization"), "Arc welding");
  EXPECT_EQ(definition.at("skills").at(0).at("framework"), "ESCO");    // kept
  EXPECT_EQ(definition.at("skills").at(0).at("name"), "weld metals");  // changed
  // Issued, the achievement carries them as OB 3.0 says.
  const http::Response awarded = service_.call(
      token_, Verb::post, "/api/v1/orgs/" + organisation_ + "/achievements/" + id + "/awards",
      R"({"recipient": "ada@example.org"})");
  ASSERT_EQ(awarded.result(), Status::created) << awarded.body();
  const boost::json::value achievement =
      boost::json::parse(
          service_.call("", Verb::get, "/credentials/" + testing::id_of(awarded)).body())
          .at("credentialSubject")
          .at("achievement");
  EXPECT_EQ(achievement.at("humanCode"), "WB-2");
  EXPECT_EQ(achievement.at("fieldOfStudy"), "Metalwork");
  EXPECT_EQ(achievement.at("specialization"), "Arc welding");
  EXPECT_EQ(achievement.at("tag"), (boost::json::array{"welding", "TIG"}));
}

TEST_P(ConsolePagesTest, TheSettingsShowTheProfileAndRotateAndRevokeKeys) {
  const http::Response settings = send(Verb::get, console() + "/settings");
  ASSERT_EQ(settings.result(), Status::ok) << settings.body();
  EXPECT_NE(settings.body().find("did:web:cairn.example:issuers:" + organisation_),
            std::string::npos);
  EXPECT_NE(settings.body().find(">Signs new credentials<"), std::string::npos);
  EXPECT_EQ(settings.body().find("value=\"revoke\""), std::string::npos);  // the signing key stays
  ASSERT_EQ(
      send(Verb::post, console() + "/keys", "csrf_token=" + session_.csrf_token + "&action=rotate")
          .result(),
      Status::see_other);
  const http::Response rotated = send(Verb::get, console() + "/settings");
  EXPECT_NE(rotated.body().find("#key-2"), std::string::npos);
  EXPECT_NE(rotated.body().find(">Verifies what it signed<"), std::string::npos);
  ASSERT_EQ(send(Verb::post, console() + "/keys",
                 "csrf_token=" + session_.csrf_token + "&action=revoke&key=key-1")
                .result(),
            Status::see_other);
  EXPECT_NE(send(Verb::get, console() + "/settings").body().find(">Revoked "), std::string::npos);
  EXPECT_EQ(send(Verb::post, console() + "/keys",
                 "csrf_token=" + session_.csrf_token + "&action=revoke&key=key-2")
                .result(),
            Status::conflict);  // the last key that signs
  EXPECT_EQ(send(Verb::post, console() + "/keys", "action=rotate").result(), Status::forbidden);
}

TEST_P(ConsolePagesTest, TheEditorTakesAnUploadedPictureOrDrawsABadge) {
  const std::vector<std::uint8_t> png = media::badge_png("uploaded");
  const http::Response uploaded =
      send(Verb::post, console() + "/achievements",
           multipart({{"csrf_token", session_.csrf_token},
                      {"name", "Pictured"},
                      {"description", "Has a picture."},
                      {"achievement_type", "Badge"}},
                     {"image_file", "badge.png", "image/png", std::string(png.begin(), png.end())}),
           std::string(kMultipart));
  ASSERT_EQ(uploaded.result(), Status::see_other) << uploaded.body();

  const http::Response drawn = send(Verb::post, console() + "/achievements",
                                    multipart({{"csrf_token", session_.csrf_token},
                                               {"name", "Drawn badge"},
                                               {"description", "Drawn by Cairn."},
                                               {"achievement_type", "Badge"},
                                               {"draw_badge", "on"},
                                               {"badge_colour", "#ffcc00"}}),
                                    std::string(kMultipart));
  ASSERT_EQ(drawn.result(), Status::see_other) << drawn.body();

  const boost::json::value listed = boost::json::parse(
      service_.call(token_, Verb::get, "/api/v1/orgs/" + organisation_ + "/achievements").body());
  std::map<std::string, std::string> images;  // by achievement name
  for (const boost::json::value& item : listed.at("items").as_array()) {
    images[std::string(item.at("definition").at("name").as_string())] =
        std::string(item.at("definition").at("image").as_string());
  }
  const std::string prefix = "https://cairn.example/images/";
  ASSERT_TRUE(images["Pictured"].starts_with(prefix)) << images["Pictured"];
  ASSERT_TRUE(images["Drawn badge"].ends_with(".svg")) << images["Drawn badge"];
  EXPECT_EQ(
      service_.call("", Verb::get, "/images/" + images["Pictured"].substr(prefix.size())).body(),
      std::string(png.begin(), png.end()));
  const std::string svg =
      service_.call("", Verb::get, "/images/" + images["Drawn badge"].substr(prefix.size())).body();
  EXPECT_NE(svg.find("Drawn badge"), std::string::npos);
  EXPECT_NE(svg.find("#ffcc00"), std::string::npos);
  EXPECT_NE(svg.find("Northern Welding College"), std::string::npos);

  // A picture that could run code is refused with the reason; what was typed comes back.
  const http::Response refused =
      send(Verb::post, console() + "/achievements",
           multipart({{"csrf_token", session_.csrf_token},
                      {"name", "Scripted"},
                      {"description", "Bad picture."},
                      {"achievement_type", "Badge"}},
                     {"image_file", "x.svg", "image/svg+xml",
                      "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"}),
           std::string(kMultipart));
  EXPECT_EQ(refused.result(), Status::bad_request);
  EXPECT_NE(refused.body().find("event handler"), std::string::npos);
  EXPECT_NE(refused.body().find("value=\"Scripted\""), std::string::npos);

  // A form refused for another field stores no picture.
  const std::vector<std::uint8_t> unused = media::badge_png("never stored");
  const http::Response unnamed = send(
      Verb::post, console() + "/achievements",
      multipart({{"csrf_token", session_.csrf_token},
                 {"name", ""},
                 {"description", "No name."},
                 {"achievement_type", "Badge"}},
                {"image_file", "b.png", "image/png", std::string(unused.begin(), unused.end())}),
      std::string(kMultipart));
  EXPECT_EQ(unnamed.result(), Status::bad_request);
  EXPECT_NE(unnamed.body().find("name"), std::string::npos);
  const auto stored = [&](const std::vector<std::uint8_t>& bytes) {
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return service_.call("", Verb::get, "/images/" + crypto::to_hex(crypto::sha256(text)) + ".png")
        .result();
  };
  EXPECT_EQ(stored(unused), Status::not_found);
  EXPECT_EQ(stored(png), Status::ok) << "the same path finds a stored picture";
}

TEST_P(ConsolePagesTest, TheProfileIsEditedAndNewCredentialsCarryIt) {
  const http::Response settings = send(Verb::get, console() + "/settings");
  ASSERT_EQ(settings.result(), Status::ok);
  EXPECT_NE(settings.body().find("value=\"Northern Welding College\""), std::string::npos);

  const std::string profile = "csrf_token=" + session_.csrf_token +
                              "&name=Northern+Welding+Academy&url=https%3A%2F%2Fnwa.example"
                              "&email=Badges%40NWA.example&country=gb&description=Line+one%0D%0A"
                              "Line+two";
  const http::Response saved = send(Verb::post, console() + "/profile", profile);
  ASSERT_EQ(saved.result(), Status::see_other) << saved.body();
  const boost::json::value public_profile =
      boost::json::parse(service_.call("", Verb::get, "/issuers/" + organisation_).body());
  EXPECT_EQ(public_profile.at("name"), "Northern Welding Academy");
  EXPECT_EQ(public_profile.at("email"), "badges@nwa.example");
  EXPECT_EQ(public_profile.at("address").at("addressCountryCode"), "GB");
  EXPECT_EQ(public_profile.at("description"), "Line one\nLine two");

  // A refused profile comes back with what was typed and the reason, and changes nothing.
  const http::Response refused =
      send(Verb::post, console() + "/profile",
           "csrf_token=" + session_.csrf_token + "&name=Renamed&url=ftp%3A%2F%2Fnwa.example");
  EXPECT_EQ(refused.result(), Status::bad_request);
  EXPECT_NE(refused.body().find("value=\"Renamed\""), std::string::npos);
  EXPECT_NE(refused.body().find("must be an absolute https://"), std::string::npos);
  EXPECT_EQ(boost::json::parse(service_.call("", Verb::get, "/issuers/" + organisation_).body())
                .at("name"),
            "Northern Welding Academy");

  // What is issued from now on names the organisation as it now is.
  const std::string badge = define_badge();
  const http::Response awarded = service_.call(
      token_, Verb::post, "/api/v1/orgs/" + organisation_ + "/achievements/" + badge + "/awards",
      R"({"recipient": "ada@example.org"})");
  ASSERT_EQ(awarded.result(), Status::created) << awarded.body();
  EXPECT_NE(awarded.body().find("Northern Welding Academy"), std::string::npos);
  EXPECT_EQ(send(Verb::post, console() + "/profile", "name=Renamed").result(), Status::forbidden);

  // An assessor sees the profile but no form, and may not change it.
  service_.database().account_with_token("assessor@example.org", {"read", "write", "issue"}, false,
                                         std::string(kPassword));
  service_.database().add_member(organisation_, "assessor@example.org", model::Role::kAssessor);
  const auto assessor = service_.sign_in("assessor@example.org", std::string(kPassword));
  const http::Response seen =
      service_.call_in_session(assessor, Verb::get, console() + "/settings");
  ASSERT_EQ(seen.result(), Status::ok);
  EXPECT_NE(seen.body().find("Northern Welding Academy"), std::string::npos);
  EXPECT_EQ(seen.body().find("/profile\""), std::string::npos) << "no profile form";
  http::Request change{Verb::post, console() + "/profile", 11};
  change.set(field::field::cookie, "cairn_session=" + assessor.cookie);
  change.set(field::field::content_type, "application/x-www-form-urlencoded");
  change.body() = "csrf_token=" + assessor.csrf_token + "&name=Taken+over";
  EXPECT_EQ(http::testing::TestClient(service_.server().port()).send(std::move(change)).result(),
            Status::forbidden);
  EXPECT_EQ(boost::json::parse(service_.call("", Verb::get, "/issuers/" + organisation_).body())
                .at("name"),
            "Northern Welding Academy");
}

INSTANTIATE_BACKEND_TESTS(ConsolePagesTest);

}  // namespace
}  // namespace cairn::web
