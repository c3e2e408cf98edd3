// The pages through the whole service (api::add_service_routes with a web::Site): the start
// page, /verify (pasted, uploaded, several at once, CSV), the public credential page (verified,
// tampered, revoked, unknown, JSON-LD for programs), the language choice, the static files, and
// the weight of every page. Browser-level checks (keyboard, accessibility, screenshots) are in
// tests/browser.
#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "service_under_test.h"
#include "web/embedded_files.h"
#include "web/message_catalog.h"

namespace cairn::web {
namespace {

using http::Status;
using http::Verb;
using testing::id_of;
using testing::json_of;
namespace field = boost::beast::http;

constexpr std::size_t kMaxPageBytes = 100 * 1024;  // HTML + CSS + JS, images aside

class PagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    service_.server().start();
    issuer_ = service_.make_issuer("Northern Welding College", "Welding basics");
  }

  http::Response get(const std::string& target, std::string_view accept = "text/html",
                     std::string_view accept_language = "") {
    http::Request request{Verb::get, target, 11};
    request.set(field::field::accept, accept);
    if (!accept_language.empty()) request.set(field::field::accept_language, accept_language);
    return http::testing::TestClient(service_.server().port()).send(std::move(request));
  }

  http::Response post_form(const std::string& content_type, std::string body) {
    return http::testing::TestClient(service_.server().port())
        .post("/verify", std::move(body), content_type);
  }

  // A credential issued through the API: its id, and its signed JSON as published.
  std::pair<std::string, std::string> issue() {
    const http::Response issued = service_.call(issuer_.owner_token, Verb::post, issuer_.awards,
                                                R"({"recipient": "ada@example.org"})");
    EXPECT_EQ(issued.result(), Status::created) << issued.body();
    const std::string id = id_of(issued);
    return {id, get("/credentials/" + id, "application/ld+json").body()};
  }

  static std::string urlencoded(std::string_view text) {
    std::string out;
    for (const unsigned char c : text) {
      if (std::isalnum(c)) {
        out.push_back(static_cast<char>(c));
      } else {
        static constexpr char kHex[] = "0123456789ABCDEF";
        out += {'%', kHex[c >> 4], kHex[c & 15]};
      }
    }
    return out;
  }

  static std::string multipart(const std::vector<std::pair<std::string, std::string>>& files,
                               std::string_view extra_fields = "") {
    std::string body(extra_fields);
    for (const auto& [name, content] : files) {
      body += "--B0undary\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name +
              "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }
    return body + "--B0undary--\r\n";
  }

  // The HTML has no catalog key where a translation should be.
  static void expect_translated(const std::string& html) {
    const MessageCatalog catalog = MessageCatalog::load(message_catalogs()).value();
    EXPECT_EQ(html.find("[["), std::string::npos);
    for (const auto& [key, text] : catalog.messages(Language::kEnglish)) {
      EXPECT_EQ(html.find(">" + key + "<"), std::string::npos) << key;
    }
  }

  testing::ServiceUnderTest service_;
  testing::ServiceUnderTest::Issuer issuer_;
};

TEST_F(PagesTest, TheStartPageSpeaksTheReadersLanguage) {
  const http::Response english = get("/");
  ASSERT_EQ(english.result(), Status::ok);
  EXPECT_EQ(english[field::field::content_type], "text/html; charset=utf-8");
  EXPECT_NE(english.body().find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(english["Content-Security-Policy"].find("default-src 'none'"), std::string::npos);
  const http::Response german = get("/", "text/html", "de-DE,de;q=0.9,en;q=0.5");
  EXPECT_NE(german.body().find("<html lang=\"de\">"), std::string::npos);
  EXPECT_NE(german.body().find("jeder prüfen kann"), std::string::npos);
  EXPECT_EQ(german[field::field::content_language], "de");
}

TEST_F(PagesTest, EveryPageIsTranslatedIntoEveryLanguage) {
  const auto [id, json] = issue();
  for (const std::string lang : {"en", "de", "es"}) {
    for (const std::string& path :
         std::vector<std::string>{"/", "/verify", "/credentials/" + id, "/credentials/nope"}) {
      const http::Response page = get(path + "?lang=" + lang);
      EXPECT_NE(page.body().find("<html lang=\"" + lang + "\">"), std::string::npos) << path;
      expect_translated(page.body());
      EXPECT_NE(page[field::field::set_cookie].find("cairn_lang=" + lang), std::string::npos);
    }
  }
}

TEST_F(PagesTest, AChosenLanguageIsRemembered) {
  http::Request request{Verb::get, "/verify", 11};
  request.set(field::field::cookie, "cairn_lang=es");
  request.set(field::field::accept_language, "de");
  const http::Response page =
      http::testing::TestClient(service_.server().port()).send(std::move(request));
  EXPECT_NE(page.body().find("<html lang=\"es\">"), std::string::npos);
  EXPECT_NE(page.body().find("Verificar una credencial"), std::string::npos);
}

TEST_F(PagesTest, VerifiesAPastedCredentialStepByStep) {
  const auto [id, json] = issue();
  const http::Response page =
      post_form("application/x-www-form-urlencoded", "credential=" + urlencoded(json));
  ASSERT_EQ(page.result(), Status::ok) << page.body();
  EXPECT_NE(page.body().find("verdict-verified"), std::string::npos);
  EXPECT_NE(page.body().find(">Verified<"), std::string::npos);
  EXPECT_NE(page.body().find("check-pass"), std::string::npos);
  EXPECT_EQ(page.body().find("check-fail"), std::string::npos);
}

TEST_F(PagesTest, ATamperedCredentialIsNotVerifiedAndSaysWhy) {
  auto [id, json] = issue();
  boost::json::object credential = boost::json::parse(json).as_object();
  credential["name"] = "Advanced welding";
  const http::Response page =
      post_form("application/x-www-form-urlencoded",
                "credential=" + urlencoded(boost::json::serialize(credential)));
  ASSERT_EQ(page.result(), Status::ok);
  EXPECT_NE(page.body().find(">Not verified<"), std::string::npos);
  EXPECT_NE(page.body().find("check check-fail"), std::string::npos);
  EXPECT_NE(page.body().find(">Signature<"), std::string::npos);
}

TEST_F(PagesTest, VerifiesSeveralFilesIntoATableAndACsv) {
  const auto [first_id, first] = issue();
  const auto [second_id, second] = issue();
  ASSERT_EQ(
      service_
          .call(issuer_.owner_token, Verb::post, "/api/v1/credentials/" + second_id + "/revoke",
                R"({"reason": "issued in error"})")
          .result(),
      Status::ok);
  const std::string body = multipart({{"first.json", first},
                                      {"second.json", second},
                                      {"notes.txt", "hello, I am not a credential"}});
  const http::Response page = post_form("multipart/form-data; boundary=B0undary", body);
  ASSERT_EQ(page.result(), Status::ok) << page.body();
  EXPECT_NE(page.body().find("1 of 3 verified."), std::string::npos);
  EXPECT_NE(page.body().find(">Revoked<"), std::string::npos);
  EXPECT_NE(page.body().find(">Not a credential<"), std::string::npos);
  EXPECT_NE(page.body().find("first.json"), std::string::npos);

  const http::Response csv = post_form(
      "multipart/form-data; boundary=B0undary",
      multipart({{"first.json", first}, {"second.json", second}},
                "--B0undary\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n"));
  ASSERT_EQ(csv.result(), Status::ok);
  EXPECT_EQ(csv[field::field::content_type], "text/csv; charset=utf-8");
  EXPECT_NE(csv.body().find("first.json,true,verified,"), std::string::npos) << csv.body();
  EXPECT_NE(csv.body().find("second.json,false,revoked,"), std::string::npos) << csv.body();
}

TEST_F(PagesTest, AnEmptyOrBrokenFormIsRefusedOnThePage) {
  const http::Response empty = post_form("application/x-www-form-urlencoded", "credential=+");
  EXPECT_EQ(empty.result(), Status::bad_request);
  EXPECT_NE(empty.body().find("role=\"alert\""), std::string::npos);
  const http::Response broken = post_form("multipart/form-data; boundary=B0undary", "garbage");
  EXPECT_EQ(broken.result(), Status::bad_request);
  EXPECT_NE(broken.body().find("<form"), std::string::npos);
}

TEST_F(PagesTest, TheCredentialPageShowsTheCredentialAndItsVerdict) {
  const auto [id, json] = issue();
  const http::Response page = get("/credentials/" + id);
  ASSERT_EQ(page.result(), Status::ok);
  EXPECT_NE(page.body().find("<h1>Welding basics</h1>"), std::string::npos) << page.body();
  EXPECT_NE(page.body().find("Northern Welding College"), std::string::npos);
  // Without an image of its own, the achievement gets the badge Cairn draws.
  EXPECT_NE(page.body().find("src=\"data:image/svg+xml;base64,"), std::string::npos);
  EXPECT_NE(page.body().find(">Verified<"), std::string::npos);
  EXPECT_NE(page.body().find("<meta property=\"og:title\" content=\"Welding basics\">"),
            std::string::npos);
  EXPECT_EQ(page[field::field::vary], "Accept, Accept-Language, Cookie");

  // Programs still get the JSON-LD, and so does a browser that asks for it.
  EXPECT_EQ(get("/credentials/" + id, "application/ld+json").body(), json);
  EXPECT_EQ(get("/credentials/" + id + "?format=json").body(), json);

  ASSERT_EQ(service_
                .call(issuer_.owner_token, Verb::post, "/api/v1/credentials/" + id + "/revoke",
                      R"({"reason": "issued in error"})")
                .result(),
            Status::ok);
  const http::Response revoked = get("/credentials/" + id + "?lang=de");
  EXPECT_NE(revoked.body().find(">Widerrufen<"), std::string::npos);
  EXPECT_NE(revoked.body().find("verdict-failed"), std::string::npos);
  // The status line says what happened in German; the verifier's own detail is marked English.
  EXPECT_NE(revoked.body().find("Der Aussteller hat diesen Nachweis widerrufen."),
            std::string::npos);
  EXPECT_NE(revoked.body().find("<span lang=\"en\">revoked: "), std::string::npos);
}

TEST_F(PagesTest, AnUnknownCredentialIsAPageNotFound) {
  const http::Response page = get("/credentials/0123456789abcdef");
  EXPECT_EQ(page.result(), Status::not_found);
  EXPECT_EQ(page[field::field::content_type], "text/html; charset=utf-8");
  EXPECT_EQ(get("/credentials/0123456789abcdef", "application/ld+json")[field::field::content_type],
            "application/json");
}

TEST_F(PagesTest, StaticFilesAreCachedByVersion) {
  const http::Response home = get("/");
  const std::size_t start = home.body().find("/static/cairn.css?v=");
  ASSERT_NE(start, std::string::npos);
  const std::string url = home.body().substr(start, home.body().find('"', start) - start);
  const http::Response css = get(url, "text/css");
  ASSERT_EQ(css.result(), Status::ok);
  EXPECT_EQ(css[field::field::content_type], "text/css; charset=utf-8");
  EXPECT_NE(css[field::field::cache_control].find("immutable"), std::string::npos);
  http::Request again{Verb::get, url, 11};
  again.set(field::field::if_none_match, css[field::field::etag]);
  EXPECT_EQ(http::testing::TestClient(service_.server().port()).send(std::move(again)).result(),
            Status::not_modified);
  EXPECT_EQ(get("/static/nope.css").result(), Status::not_found);
}

TEST_F(PagesTest, NoPageWeighsMoreThanItsBudget) {
  std::size_t static_bytes = 0;
  for (const EmbeddedFile& file : static_assets()) static_bytes += file.content.size();
  const auto [id, json] = issue();
  for (const std::string& path : std::vector<std::string>{"/", "/verify", "/credentials/" + id}) {
    const std::size_t html = get(path).body().size();
    EXPECT_LT(html + static_bytes, kMaxPageBytes) << path << ": " << html << " + " << static_bytes;
  }
}

}  // namespace
}  // namespace cairn::web
