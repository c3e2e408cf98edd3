// The earner's pages through the whole service: sign-up, sign-in and sign-out with their
// refusals (wrong password, missing CSRF token, foreign `next`), the claim page from the e-mail
// link (accepted signed in: into the wallet), the wallet and its share panel (public link,
// LinkedIn, downloads), importing, and the pages' refusals without a session.
#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "service_under_test.h"
#include "web/wallet_pages.h"

namespace cairn::web {
namespace {

using http::Status;
using http::Verb;
using testing::id_of;
namespace field = boost::beast::http;

std::string form_escape(std::string_view text) {
  std::string out;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const unsigned char c : text) {
    if (std::isalnum(c)) {
      out.push_back(static_cast<char>(c));
    } else {
      out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return out;
}

class EarnerPagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    service_.server().start();
    issuer_ = service_.make_issuer("Northern Welding College", "Welding basics");
  }

  static std::string session_cookie_of(const http::Response& response) {
    const std::string set_cookie(response[field::field::set_cookie]);
    const std::string prefix = "cairn_session=";
    if (!set_cookie.starts_with(prefix)) return {};
    return set_cookie.substr(prefix.size(), set_cookie.find(';') - prefix.size());
  }

  static std::string csrf_token_of(const std::string& html) {
    const std::string marker = "name=\"csrf_token\" value=\"";
    const std::size_t at = html.find(marker);
    if (at == std::string::npos) return {};
    const std::size_t start = at + marker.size();
    return html.substr(start, html.find('"', start) - start);
  }

  // Signs up through the form; returns the session cookie.
  std::string sign_up(const std::string& email) {
    const http::Response made = service_.browse(
        Verb::post, "/sign-up", "",
        "name=Ada+Lovelace&email=" + form_escape(email) +
            "&password=" + form_escape("a long enough password") + "&next=%2Fwallet");
    EXPECT_EQ(made.result(), Status::see_other) << made.body();
    EXPECT_EQ(made[field::field::location], "/wallet");
    return session_cookie_of(made);
  }

  // The claim page path in the mail for the credential `credential_id`.
  std::string claim_path(const std::string& credential_id) {
    const auto body = service_.database().get().read([&](store::Connection& connection) {
      return connection
          .query_one("SELECT body FROM outbox WHERE body LIKE ?",
                     {"%/credentials/" + credential_id + "%"})
          ->get<std::string>("body");
    });
    const std::size_t at = body->find("/claim/");
    return body->substr(at, body->find_first_of("\r\n ", at) - at);
  }

  std::string award(const std::string& email) {
    const http::Response issued = service_.call(issuer_.owner_token, Verb::post, issuer_.awards,
                                                R"({"recipient": ")" + email + R"("})");
    EXPECT_EQ(issued.result(), Status::created) << issued.body();
    return id_of(issued);
  }

  testing::ServiceUnderTest service_;
  testing::ServiceUnderTest::Issuer issuer_;
};

TEST_F(EarnerPagesTest, SignUpSignsInAndSignOutNeedsTheFormsToken) {
  const std::string cookie = sign_up("ada@example.org");
  ASSERT_FALSE(cookie.empty());
  const http::Response wallet = service_.browse(Verb::get, "/wallet", cookie);
  ASSERT_EQ(wallet.result(), Status::ok);
  EXPECT_NE(wallet.body().find("Ada Lovelace"), std::string::npos);  // the header
  EXPECT_EQ(wallet[field::field::cache_control], "no-store");
  const std::string token = csrf_token_of(wallet.body());
  ASSERT_FALSE(token.empty());

  EXPECT_EQ(service_.browse(Verb::post, "/sign-out", cookie, "csrf_token=wrong").result(),
            Status::forbidden);
  EXPECT_EQ(service_.browse(Verb::get, "/wallet", cookie).result(), Status::ok);  // still signed in
  const http::Response out =
      service_.browse(Verb::post, "/sign-out", cookie, "csrf_token=" + token);
  EXPECT_EQ(out.result(), Status::see_other);
  EXPECT_NE(std::string(out[field::field::set_cookie]).find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(service_.browse(Verb::get, "/wallet", cookie).result(), Status::see_other);  // ended
}

TEST_F(EarnerPagesTest, SignInRefusesAWrongPasswordAndForeignDestinations) {
  sign_up("ada@example.org");
  const http::Response wrong = service_.browse(Verb::post, "/sign-in", "",
                                               "email=ada%40example.org&password=not+the+password");
  EXPECT_EQ(wrong.result(), Status::unauthorized);
  EXPECT_NE(wrong.body().find("role=\"alert\""), std::string::npos);
  EXPECT_NE(wrong.body().find("value=\"ada@example.org\""), std::string::npos);  // kept
  EXPECT_TRUE(session_cookie_of(wrong).empty());

  const http::Response right = service_.browse(
      Verb::post, "/sign-in", "",
      "email=ada%40example.org&password=a+long+enough+password&next=%2F%2Fevil.example");
  EXPECT_EQ(right.result(), Status::see_other);
  EXPECT_EQ(right[field::field::location], "/wallet");
  EXPECT_NE(std::string(right[field::field::set_cookie]).find("HttpOnly"), std::string::npos);
  EXPECT_FALSE(session_cookie_of(right).empty());
}

TEST_F(EarnerPagesTest, ADuplicateOrBadSignUpSaysWhy) {
  sign_up("ada@example.org");
  const http::Response taken = service_.browse(
      Verb::post, "/sign-up", "", "name=X&email=ada%40example.org&password=another+long+one");
  EXPECT_EQ(taken.result(), Status::conflict);
  EXPECT_NE(taken.body().find("exists already"), std::string::npos);
  const http::Response short_password =
      service_.browse(Verb::post, "/sign-up", "", "name=X&email=bob%40example.org&password=short");
  EXPECT_EQ(short_password.result(), Status::bad_request);
  EXPECT_NE(short_password.body().find("at least 12"), std::string::npos);
}

TEST_F(EarnerPagesTest, WalletPagesSendStrangersToSignIn) {
  const http::Response page = service_.browse(Verb::get, "/wallet/0123");
  EXPECT_EQ(page.result(), Status::see_other);
  EXPECT_EQ(page[field::field::location], "/sign-in?next=%2Fwallet%2F0123");
  EXPECT_EQ(service_.browse(Verb::post, "/wallet/import", "", "x=1").result(), Status::see_other);
}

TEST_F(EarnerPagesTest, ClaimSignedInSharePublicly) {
  const std::string credential_id = award("ada@example.org");
  const std::string claim = claim_path(credential_id);
  const std::string cookie = sign_up("ada@example.org");

  const http::Response offer = service_.browse(Verb::get, claim, cookie);
  ASSERT_EQ(offer.result(), Status::ok) << offer.body();
  EXPECT_NE(offer.body().find("Northern Welding College has awarded you “Welding basics”"),
            std::string::npos)
      << offer.body();
  const std::string token = csrf_token_of(offer.body());
  EXPECT_EQ(service_.browse(Verb::post, claim, cookie, "answer=accept").result(),
            Status::forbidden);
  const http::Response accepted =
      service_.browse(Verb::post, claim, cookie, "answer=accept&csrf_token=" + token);
  ASSERT_EQ(accepted.result(), Status::see_other);
  EXPECT_EQ(accepted[field::field::location], "/wallet");

  const http::Response wallet = service_.browse(Verb::get, "/wallet", cookie);
  const std::size_t link = wallet.body().find("href=\"/wallet/");
  ASSERT_NE(link, std::string::npos) << wallet.body();
  const std::string entry_path =
      wallet.body().substr(link + 6, wallet.body().find('"', link + 6) - link - 6);
  const http::Response entry = service_.browse(Verb::get, entry_path, cookie);
  ASSERT_EQ(entry.result(), Status::ok);
  EXPECT_NE(entry.body().find(">Verified<"), std::string::npos);
  EXPECT_NE(entry.body().find("/export?format=png"), std::string::npos);
  EXPECT_EQ(entry.body().find("linkedin.com"), std::string::npos);  // private: nothing to share

  const http::Response made_public = service_.browse(Verb::post, entry_path + "/visibility", cookie,
                                                     "visibility=public&csrf_token=" + token);
  ASSERT_EQ(made_public.result(), Status::see_other);
  const http::Response shared = service_.browse(Verb::get, entry_path, cookie);
  const std::size_t linkedin = shared.body().find("https://www.linkedin.com/profile/add?");
  ASSERT_NE(linkedin, std::string::npos) << shared.body();
  const std::string linkedin_url =
      shared.body().substr(linkedin, shared.body().find('"', linkedin) - linkedin);
  EXPECT_NE(linkedin_url.find("name=Welding%20basics"), std::string::npos) << linkedin_url;
  EXPECT_NE(linkedin_url.find("organizationName=Northern%20Welding%20College"), std::string::npos);
  EXPECT_NE(linkedin_url.find("certUrl=https%3A%2F%2Fcairn.example%2Fshared%2F"), std::string::npos)
      << linkedin_url;

  // Downloads come from the API with the session's cookie.
  const http::Response png =
      service_.browse(Verb::get, "/api/v1" + entry_path + "/export?format=png", cookie);
  EXPECT_EQ(png.result(), Status::ok);
  EXPECT_EQ(png[field::field::content_type], "image/png");

  // The PDF certificate carries the credential: it verifies as a PDF.
  const http::Response pdf = service_.browse(Verb::get, entry_path + "/certificate.pdf", cookie);
  ASSERT_EQ(pdf.result(), Status::ok) << pdf.body().substr(0, 3000);
  EXPECT_EQ(pdf[field::field::content_type], "application/pdf");
  EXPECT_TRUE(pdf.body().starts_with("%PDF-"));
  const auto report = service_.verifier().verify_input(
      {reinterpret_cast<const std::uint8_t*>(pdf.body().data()), pdf.body().size()});
  ASSERT_TRUE(report) << report.error().to_string();
  EXPECT_EQ(report->format, "pdf");
  EXPECT_TRUE(report->verified()) << boost::json::serialize(report->to_json());
  EXPECT_EQ(service_.browse(Verb::get, entry_path + "/certificate.pdf").result(),
            Status::see_other);
}

TEST_F(EarnerPagesTest, ClaimWithoutAnAccountAndAnswerOnce) {
  const std::string claim = claim_path(award("bob@example.org"));
  const http::Response offer = service_.browse(Verb::get, claim);
  ASSERT_EQ(offer.result(), Status::ok);
  EXPECT_NE(offer.body().find("/sign-in?next="), std::string::npos);
  const http::Response declined = service_.browse(Verb::post, claim, "", "answer=decline");
  ASSERT_EQ(declined.result(), Status::see_other);
  const http::Response after = service_.browse(Verb::get, claim);
  EXPECT_NE(after.body().find("You declined this credential."), std::string::npos);
  EXPECT_EQ(after.body().find("name=\"answer\""), std::string::npos);  // no second answer
  EXPECT_EQ(service_.browse(Verb::get, "/claim/not-a-token").result(), Status::not_found);
}

TEST_F(EarnerPagesTest, ImportingACredentialThatDoesNotVerifyShowsWhy) {
  const std::string cookie = sign_up("ada@example.org");
  const std::string token = csrf_token_of(service_.browse(Verb::get, "/wallet", cookie).body());
  const std::string other = award("carl@example.org");
  std::string json = service_.call("", Verb::get, "/credentials/" + other).body();
  boost::json::object tampered = boost::json::parse(json).as_object();
  tampered["name"] = "Changed";
  const auto multipart = [&](const std::string& content) {
    return "--b\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
           "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.json\"\r\n\r\n" +
           content + "\r\n--b--\r\n";
  };
  const http::Response refused = service_.browse(Verb::post, "/wallet/import", cookie,
                                                 multipart(boost::json::serialize(tampered)),
                                                 "multipart/form-data; boundary=b");
  EXPECT_EQ(refused.result(), Status::unprocessable_entity);
  EXPECT_NE(refused.body().find(">Not verified<"), std::string::npos);
  const http::Response imported = service_.browse(
      Verb::post, "/wallet/import", cookie, multipart(json), "multipart/form-data; boundary=b");
  EXPECT_EQ(imported.result(), Status::see_other) << imported.body();
  EXPECT_TRUE(std::string(imported[field::field::location]).starts_with("/wallet/"));
}

TEST(LinkedInLink, CarriesTheCertificationFields) {
  model::WalletEntry entry;
  entry.name = "Data & AI";
  entry.issuer = "Académie";
  entry.issued_at = "2026-03-07T10:00:00Z";
  entry.valid_until = "2029-12-31T00:00:00Z";
  entry.credential_key = "https://x.example/credentials/1";
  EXPECT_EQ(linkedin_add_to_profile_url(entry, "https://x.example/shared/t"),
            "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Data%20%26%20AI"
            "&organizationName=Acad%C3%A9mie&issueYear=2026&issueMonth=3&expirationYear=2029"
            "&expirationMonth=12&certUrl=https%3A%2F%2Fx.example%2Fshared%2Ft"
            "&certId=https%3A%2F%2Fx.example%2Fcredentials%2F1");
}

}  // namespace
}  // namespace cairn::web
