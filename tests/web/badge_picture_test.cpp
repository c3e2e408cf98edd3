#include "web/badge_picture.h"

#include <gtest/gtest.h>

#include "crypto/base64url.h"

namespace cairn::web {
namespace {

CredentialView with_image(std::string image) {
  CredentialView view;
  view.achievement_name = "Welding basics";
  view.issuer_name = "Northern Welding College";
  view.image_url = std::move(image);
  return view;
}

TEST(BadgePicture, AnHttpImageIsShownAsItIs) {
  const BadgePicture picture = badge_picture_of(with_image("https://example.org/badge.png"));
  EXPECT_EQ(picture.url, "https://example.org/badge.png");
  EXPECT_TRUE(picture.data_base64.empty());
}

TEST(BadgePicture, ADataImageIsSplitIntoItsTypeAndBase64) {
  const BadgePicture picture = badge_picture_of(with_image("data:image/png;base64,iVBORw0KGgo="));
  EXPECT_TRUE(picture.url.empty());
  EXPECT_EQ(picture.data_mime, "image/png");
  EXPECT_EQ(picture.data_base64, "iVBORw0KGgo=");
}

TEST(BadgePicture, OtherwiseCairnDrawsTheBadge) {
  for (const char* image : {"", "javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                            "data:image/png;base64,not base64!"}) {
    const BadgePicture picture = badge_picture_of(with_image(image));
    EXPECT_TRUE(picture.url.empty()) << image;
    EXPECT_EQ(picture.data_mime, "image/svg+xml") << image;
    const auto svg = crypto::decode_base64(picture.data_base64, 1 << 20);
    ASSERT_TRUE(svg) << image;
    const std::string text(svg->begin(), svg->end());
    EXPECT_TRUE(text.starts_with("<svg") || text.starts_with("<?xml")) << text.substr(0, 40);
    EXPECT_NE(text.find("Welding basics"), std::string::npos);
  }
}

}  // namespace
}  // namespace cairn::web
