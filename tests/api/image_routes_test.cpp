// Achievement images through the whole service: an admin uploads a picture and gets its URL,
// anyone fetches it (cached, inert), an achievement takes the URL; readers, non-members and
// pictures that are not plain PNG or SVG are refused.
#include "api/image_routes.h"

#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "app/achievement_images.h"
#include "app/api_tokens.h"
#include "common/date_time.h"
#include "media/badge_image.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
namespace field = boost::beast::http;

class ImageRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    service_.server().start();
    issuer_ = service_.make_issuer("Northern Welding College", "Welding basics");
    images_ = "/api/v1/orgs/" + issuer_.organisation + "/images";
  }

  testing::ServiceUnderTest service_;
  testing::ServiceUnderTest::Issuer issuer_;
  std::string images_;
};

TEST_F(ImageRoutesTest, AnUploadedPictureIsServedByItsHashAndAnAchievementTakesIt) {
  const std::vector<std::uint8_t> png = media::badge_png("upload");
  const http::Response uploaded =
      service_.call(issuer_.owner_token, Verb::post, images_, std::string(png.begin(), png.end()));
  ASSERT_EQ(uploaded.result(), Status::created) << uploaded.body();
  const std::string url(boost::json::parse(uploaded.body()).at("url").as_string());
  ASSERT_TRUE(url.starts_with("https://cairn.example/images/")) << url;
  ASSERT_TRUE(url.ends_with(".png")) << url;
  const std::string path = url.substr(std::string("https://cairn.example").size());

  const http::Response served = service_.call("", Verb::get, path);
  ASSERT_EQ(served.result(), Status::ok);
  EXPECT_EQ(served.body(), std::string(png.begin(), png.end()));
  EXPECT_EQ(served[field::field::content_type], "image/png");
  EXPECT_NE(served[field::field::cache_control].find("immutable"), std::string::npos);
  EXPECT_NE(served["Content-Security-Policy"].find("sandbox"), std::string::npos);
  // The same bytes again: the same URL, stored once.
  EXPECT_EQ(boost::json::parse(service_
                                   .call(issuer_.owner_token, Verb::post, images_,
                                         std::string(png.begin(), png.end()))
                                   .body())
                .at("url")
                .as_string(),
            url);
  // Another extension, a shorter name, or a name that is not there: not found.
  EXPECT_EQ(service_.call("", Verb::get, path.substr(0, path.size() - 3) + "svg").result(),
            Status::not_found);
  EXPECT_EQ(service_.call("", Verb::get, "/images/abc.png").result(), Status::not_found);
  EXPECT_EQ(service_.call("", Verb::get, "/images/" + std::string(64, '0') + ".png").result(),
            Status::not_found);

  const http::Response defined = service_.call(
      issuer_.owner_token, Verb::post, "/api/v1/orgs/" + issuer_.organisation + "/achievements",
      R"({"name": "Pictured", "description": "With its own image.", "achievement_type": "Badge",
          "image": ")" +
          url + "\"}");
  ASSERT_EQ(defined.result(), Status::created) << defined.body();
  EXPECT_NE(defined.body().find(url), std::string::npos);
}

TEST_F(ImageRoutesTest, RefusesWhatIsNotAPlainPictureAndCallersWhoMayNot) {
  const http::Response script =
      service_.call(issuer_.owner_token, Verb::post, images_,
                    R"(<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>)");
  EXPECT_EQ(script.result(), Status::bad_request);
  EXPECT_NE(script.body().find("invalid image"), std::string::npos) << script.body();
  EXPECT_EQ(service_.call(issuer_.owner_token, Verb::post, images_, "GIF89a").result(),
            Status::bad_request);
  EXPECT_EQ(service_.call(issuer_.owner_token, Verb::post, images_, std::string(600 * 1024, 'x'))
                .result(),
            Status::payload_too_large);

  const std::string svg = media::badge_svg("s", "A", "B");
  EXPECT_EQ(service_.call("", Verb::post, images_, svg).result(), Status::unauthorized);
  const std::string reader =
      service_.database().account_with_token("reader@example.org", {"read", "write"});
  EXPECT_EQ(service_.call(reader, Verb::post, images_, svg).result(), Status::forbidden);
}

TEST_F(ImageRoutesTest, AnOrganisationHoldsAtMostAThousandPictures) {
  const Result<app::Principal> owner =
      app::authenticate_api_token(service_.database().get(), issuer_.owner_token, current_time());
  ASSERT_TRUE(owner);
  const auto store = [&](int n) {
    const std::string svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>" + std::to_string(n) + "</title></svg>";
    return app::store_achievement_image(
        service_.database().get(), service_.instance(), *owner, issuer_.organisation,
        {reinterpret_cast<const std::uint8_t*>(svg.data()), svg.size()}, current_time());
  };
  for (int n = 0; n < 1000; ++n) ASSERT_TRUE(store(n)) << n;
  EXPECT_TRUE(store(0)) << "a picture stored already is no new one";
  const Result<std::string> over = store(1000);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().code, "conflict");
  EXPECT_EQ(service_
                .call(issuer_.owner_token, Verb::post, images_,
                      "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title></svg>")
                .result(),
            Status::conflict);
}

}  // namespace
}  // namespace cairn::api
