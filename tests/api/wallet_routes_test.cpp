// The earner's wallet through the HTTP API, on SQLite and on PostgreSQL: a claim accepted while
// signed in fills it; imports are verified first (a tampered credential is refused with the
// report); public links come and go; exports bake the credential into PNG and SVG badges that
// read back; entries are their holder's alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "http/responses.h"
#include "media/badge_image.h"
#include "media/png_baking.h"
#include "media/svg_baking.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
using testing::id_of;
using testing::json_of;

constexpr std::string_view kPassword = "the earner's password";

class WalletRoutesTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    earner_ = service_.database().account_with_token("earner@example.org", {"read", "write"}, false,
                                                     std::string(kPassword));
    other_ = service_.database().account_with_token("other@example.org", {"read", "write"});
    reader_ = service_.database().another_token("earner@example.org", {"read"});
    service_.server().start();
    const auto issuer = service_.make_issuer("Wallet College", "Wallet badge");
    owner_ = issuer.owner_token;
    awards_ = issuer.awards;
  }

  // A credential awarded to `recipient`; returns its id.
  std::string award(const std::string& recipient = "earner@example.org") {
    return id_of(
        service_.call(owner_, Verb::post, awards_, R"({"recipient": ")" + recipient + "\"}"));
  }

  std::string published(const std::string& credential_id) {
    return service_.call("", Verb::get, "/credentials/" + credential_id).body();
  }

  // The claim token in the mail about the credential `credential_id`.
  std::string claim_token(const std::string& credential_id) {
    const auto body = service_.database().get().read([&](store::Connection& connection) {
      return connection
          .query_one("SELECT body FROM outbox WHERE body LIKE ?",
                     {"%/credentials/" + credential_id + "%"})
          ->get<std::string>("body");
    });
    const std::size_t at = body->find("/api/v1/claims/") + 15;
    return body->substr(at, body->find_first_of("\r\n/ ", at) - at);
  }

  std::string imported(const std::string& token, const std::string& credential) {
    const http::Response response =
        service_.call(token, Verb::post, "/api/v1/wallet/import", credential);
    EXPECT_EQ(response.result(), Status::created) << response.body();
    return std::string(json_of(response).at("id").as_string());
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string owner_;
  std::string earner_;
  std::string other_;
  std::string reader_;
  std::string awards_;
};

TEST_P(WalletRoutesTest, AClaimAcceptedWhileSignedInFillsTheWallet) {
  const std::string token = claim_token(award());
  const auto session = service_.sign_in("earner@example.org", std::string(kPassword));
  EXPECT_EQ(
      service_.call_in_session(session, Verb::post, "/api/v1/claims/" + token + "/accept", "", "")
          .result(),
      Status::forbidden)
      << "a signed-in answer needs the CSRF token";
  const http::Response accepted =
      service_.call_in_session(session, Verb::post, "/api/v1/claims/" + token + "/accept");
  ASSERT_EQ(accepted.result(), Status::ok) << accepted.body();

  const http::Response wallet = service_.call_in_session(session, Verb::get, "/api/v1/wallet");
  ASSERT_EQ(wallet.result(), Status::ok) << wallet.body();
  const boost::json::value listed = json_of(wallet);
  const boost::json::array& items = listed.at("items").as_array();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].at("source"), "claimed");
  EXPECT_EQ(items[0].at("name"), "Wallet badge");
  EXPECT_EQ(items[0].at("issuer"), "Wallet College");
  EXPECT_EQ(items[0].at("visibility"), "private");
  EXPECT_EQ(
      json_of(service_.call(other_, Verb::get, "/api/v1/wallet")).at("items").as_array().size(),
      0u);

  // A VC-JWT credential, accepted with an API token, is held as the JWT it is.
  const std::string jwt_credential =
      id_of(service_.call(owner_, Verb::post, awards_,
                          R"({"recipient": "earner@example.org", "format": "vc-jwt-eddsa"})"));
  ASSERT_EQ(
      service_
          .call(earner_, Verb::post, "/api/v1/claims/" + claim_token(jwt_credential) + "/accept")
          .result(),
      Status::ok);
  const boost::json::value both = json_of(service_.call(earner_, Verb::get, "/api/v1/wallet"));
  ASSERT_EQ(both.at("items").as_array().size(), 2u);
  const boost::json::value& newest = both.at("items").at(0);
  EXPECT_EQ(newest.at("format"), "jwt");
  EXPECT_EQ(newest.at("name"), "Wallet badge");
  const http::Response exported = service_.call(
      earner_, Verb::get, "/api/v1/wallet/" + std::string(newest.at("id").as_string()) + "/export");
  EXPECT_EQ(exported[boost::beast::http::field::content_type], "application/jwt");
  EXPECT_EQ(std::count(exported.body().begin(), exported.body().end(), '.'), 2);
}

TEST_P(WalletRoutesTest, AnImportIsVerifiedFirstAndHeldOnce) {
  const std::string credential = published(award());
  const http::Response made =
      service_.call(earner_, Verb::post, "/api/v1/wallet/import", credential);
  ASSERT_EQ(made.result(), Status::created) << made.body();
  EXPECT_EQ(json_of(made).at("report").at("verified"), true);
  EXPECT_EQ(json_of(made).at("source"), "imported");
  EXPECT_EQ(service_.call(earner_, Verb::post, "/api/v1/wallet/import", credential).result(),
            Status::conflict);

  boost::json::object tampered = boost::json::parse(published(award())).as_object();
  tampered["name"] = "Something else";
  const http::Response refused =
      service_.call(earner_, Verb::post, "/api/v1/wallet/import", boost::json::serialize(tampered));
  EXPECT_EQ(refused.result(), Status::unprocessable_entity) << refused.body();
  EXPECT_EQ(json_of(refused).at("report").at("verified"), false);
  EXPECT_EQ(
      service_.call(earner_, Verb::post, "/api/v1/wallet/import", "not a credential").result(),
      Status::bad_request);
  EXPECT_EQ(service_.call(reader_, Verb::post, "/api/v1/wallet/import", credential).result(),
            Status::forbidden)
      << "importing needs the write scope";
  EXPECT_EQ(
      json_of(service_.call(earner_, Verb::get, "/api/v1/wallet")).at("items").as_array().size(),
      1u)
      << "nothing refused was kept";
}

TEST_P(WalletRoutesTest, APublicLinkShowsTheCredentialUntilItIsMadePrivate) {
  const std::string credential = published(award());
  const std::string entry = imported(earner_, credential);
  const http::Response shared =
      service_.call(earner_, Verb::put, "/api/v1/wallet/" + entry, R"({"visibility": "public"})");
  ASSERT_EQ(shared.result(), Status::ok) << shared.body();
  const std::string url(json_of(shared).at("share_url").as_string());
  ASSERT_TRUE(url.starts_with("https://cairn.example/shared/")) << url;
  const std::string path = url.substr(std::string("https://cairn.example").size());
  const http::Response seen = service_.call("", Verb::get, path);
  ASSERT_EQ(seen.result(), Status::ok) << seen.body();
  EXPECT_EQ(boost::json::parse(seen.body()), boost::json::parse(credential));

  ASSERT_EQ(
      service_.call(earner_, Verb::put, "/api/v1/wallet/" + entry, R"({"visibility": "private"})")
          .result(),
      Status::ok);
  EXPECT_EQ(service_.call("", Verb::get, path).result(), Status::not_found);
  const http::Response again =
      service_.call(earner_, Verb::put, "/api/v1/wallet/" + entry, R"({"visibility": "public"})");
  EXPECT_NE(json_of(again).at("share_url").as_string(), url) << "an ended link stays ended";
  EXPECT_EQ(
      service_.call(earner_, Verb::put, "/api/v1/wallet/" + entry, R"({"visibility": "hidden"})")
          .result(),
      Status::bad_request);
}

TEST_P(WalletRoutesTest, ExportsBakeTheCredentialIntoImagesThatReadBack) {
  const std::string credential = published(award());
  const std::string entry = imported(earner_, credential);
  const std::string exports = "/api/v1/wallet/" + entry + "/export";

  const http::Response json = service_.call(earner_, Verb::get, exports);
  ASSERT_EQ(json.result(), Status::ok);
  EXPECT_EQ(json[boost::beast::http::field::content_type], "application/ld+json");
  EXPECT_EQ(boost::json::parse(json.body()), boost::json::parse(credential));

  const http::Response png = service_.call(earner_, Verb::get, exports + "?format=png");
  ASSERT_EQ(png.result(), Status::ok) << png.body();
  EXPECT_EQ(png[boost::beast::http::field::content_type], "image/png");
  const std::string& png_body = png.body();
  const Result<std::string> from_png =
      media::unbake_png({reinterpret_cast<const std::uint8_t*>(png_body.data()), png_body.size()});
  ASSERT_TRUE(from_png) << from_png.error().to_string();
  EXPECT_EQ(boost::json::parse(*from_png), boost::json::parse(credential));

  const http::Response svg = service_.call(earner_, Verb::get, exports + "?format=svg");
  ASSERT_EQ(svg.result(), Status::ok) << svg.body();
  EXPECT_NE(svg.body().find("Wallet badge"), std::string::npos);
  const Result<std::string> from_svg = media::unbake_svg(svg.body());
  ASSERT_TRUE(from_svg) << from_svg.error().to_string();
  EXPECT_EQ(boost::json::parse(*from_svg), boost::json::parse(credential));

  // The baked PNG is itself a credential another wallet imports (and verifies).
  const http::Response from_image =
      service_.call(other_, Verb::post, "/api/v1/wallet/import", png_body);
  EXPECT_EQ(from_image.result(), Status::created) << from_image.body();
  EXPECT_EQ(service_.call(earner_, Verb::get, exports + "?format=gif").result(),
            Status::bad_request);
}

TEST_P(WalletRoutesTest, ExportsBakeIntoTheAchievementsOwnPictureWhenTheInstanceHoldsIt) {
  const std::string organisation = awards_.substr(std::string("/api/v1/orgs/").size(), 32);
  const std::vector<std::uint8_t> picture = media::badge_png("the issuer's own picture");
  const std::string upload(picture.begin(), picture.end());
  const std::string url(
      json_of(service_.call(owner_, Verb::post, "/api/v1/orgs/" + organisation + "/images", upload))
          .at("url")
          .as_string());
  const http::Response defined = service_.call(
      owner_, Verb::post, "/api/v1/orgs/" + organisation + "/achievements",
      R"({"name": "Pictured", "description": "Own picture.", "achievement_type": "Badge",
          "image": ")" +
          url + "\"}");
  ASSERT_EQ(defined.result(), Status::created) << defined.body();
  const std::string achievement(json_of(defined).at("id").as_string());
  const std::string credential = published(id_of(
      service_.call(owner_, Verb::post,
                    "/api/v1/orgs/" + organisation + "/achievements/" + achievement + "/awards",
                    R"({"recipient": "earner@example.org"})")));
  const std::string entry = imported(earner_, credential);

  const http::Response png =
      service_.call(earner_, Verb::get, "/api/v1/wallet/" + entry + "/export?format=png");
  ASSERT_EQ(png.result(), Status::ok) << png.body();
  // Baking adds its chunk before IEND (the last 12 bytes) and keeps every other byte.
  EXPECT_EQ(png.body().substr(0, upload.size() - 12), upload.substr(0, upload.size() - 12));
  const Result<std::string> unbaked = media::unbake_png(
      {reinterpret_cast<const std::uint8_t*>(png.body().data()), png.body().size()});
  ASSERT_TRUE(unbaked) << unbaked.error().to_string();
  EXPECT_EQ(boost::json::parse(*unbaked), boost::json::parse(credential));
}

TEST_P(WalletRoutesTest, EntriesAreTheirHoldersAlone) {
  const std::string entry = imported(earner_, published(award()));
  const std::string path = "/api/v1/wallet/" + entry;
  for (const auto& [method, target, body] :
       {std::tuple{Verb::get, path, std::string()},
        std::tuple{Verb::get, path + "/export", std::string()},
        std::tuple{Verb::put, path, std::string(R"({"visibility": "public"})")},
        std::tuple{Verb::delete_, path, std::string()}}) {
    EXPECT_EQ(service_.call(other_, method, target, body).result(), Status::not_found) << target;
    EXPECT_EQ(service_.call("", method, target, body).result(), Status::unauthorized) << target;
  }
  EXPECT_EQ(service_.call(reader_, Verb::get, path).result(), Status::ok);
  EXPECT_EQ(service_.call(reader_, Verb::delete_, path).result(), Status::forbidden);
  EXPECT_EQ(service_.call(earner_, Verb::delete_, path).result(), Status::no_content);
  EXPECT_EQ(service_.call(earner_, Verb::get, path).result(), Status::not_found);
  EXPECT_EQ(service_.call(earner_, Verb::get, "/api/v1/wallet?limit=0").result(),
            Status::bad_request);
}

INSTANTIATE_BACKEND_TESTS(WalletRoutesTest);

}  // namespace
}  // namespace cairn::api
