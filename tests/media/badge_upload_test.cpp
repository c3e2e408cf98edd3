// What an issuer may upload as an achievement's image: plain PNG and SVG pictures, nothing baked,
// nothing that could run code, nothing over the size bound.
#include "media/badge_upload.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "media/badge_image.h"
#include "media/png_baking.h"

namespace cairn::media {
namespace {

std::span<const std::uint8_t> bytes_of(const std::string& text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string code_of(const Result<BadgeUpload>& checked) {
  return checked ? std::string("accepted") : checked.error().code;
}

TEST(BadgeUpload, TakesPlainPngAndSvgPictures) {
  const std::vector<std::uint8_t> png = badge_png("seed");
  const Result<BadgeUpload> checked_png = check_badge_upload(png);
  ASSERT_TRUE(checked_png) << checked_png.error().to_string();
  EXPECT_EQ(checked_png->media_type, "image/png");
  EXPECT_EQ(checked_png->extension, "png");

  const std::string svg = badge_svg("seed", "Welding", "Northern College");
  const Result<BadgeUpload> checked_svg = check_badge_upload(bytes_of(svg));
  ASSERT_TRUE(checked_svg) << checked_svg.error().to_string();
  EXPECT_EQ(checked_svg->media_type, "image/svg+xml");
}

TEST(BadgeUpload, RefusesWhatIsNotAPlainPicture) {
  EXPECT_EQ(code_of(check_badge_upload(bytes_of("just some text"))), "invalid image");
  std::vector<std::uint8_t> png = badge_png("seed");
  EXPECT_EQ(code_of(check_badge_upload(png, png.size() - 1)), "limit exceeded");
  const Result<Bytes> baked = bake_png(png, R"({"id": "urn:uuid:1"})");
  ASSERT_TRUE(baked);
  EXPECT_EQ(code_of(check_badge_upload(*baked)), "already baked");
  png[png.size() - 20] ^= 1;  // inside IDAT: its CRC no longer matches
  EXPECT_EQ(code_of(check_badge_upload(png)), "invalid PNG");
  EXPECT_EQ(code_of(check_badge_upload(
                bytes_of("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"b\">]>"
                         "<svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>"))),
            "DTD refused");
}

TEST(BadgeUpload, RefusesSvgThatCouldRunCode) {
  const std::string open =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" "
      "xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
  for (const std::string inner :
       {"<script>alert(1)</script>", "<g><SCRIPT>alert(1)</SCRIPT></g>",
        "<foreignObject><div/></foreignObject>", "<rect onclick=\"alert(1)\"/>",
        "<a xlink:href=\" JavaScript:alert(1)\"><text>x</text></a>",
        "<a href=\"javascript:alert(1)\"/>", "<a href=\"java&#9;script:alert(1)\"/>",
        "<a><set attributeName=\"href\" to=\"JavaScript:alert(1)\"/></a>",
        "<a><animate attributeName=\"href\" values=\"#a;javascript:alert(1)\"/></a>"}) {
    EXPECT_EQ(code_of(check_badge_upload(bytes_of(open + inner + "</svg>"))), "unsafe SVG")
        << inner;
  }
  EXPECT_EQ(code_of(check_badge_upload(
                bytes_of(open + "<a href=\"https://example.org\"><circle r=\"1\"/></a></svg>"))),
            "accepted");
}

TEST(BadgeUpload, ChosenColoursAreReadAndTextStaysLegible) {
  const std::optional<BadgeColour> gold = parse_badge_colour("#FFcc00");
  ASSERT_TRUE(gold);
  EXPECT_EQ(gold->red, 0xff);
  EXPECT_EQ(gold->green, 0xcc);
  EXPECT_EQ(gold->blue, 0x00);
  for (const char* bad : {"#fff", "ffcc00", "#ffcc0g", "#ffcc000", ""}) {
    EXPECT_FALSE(parse_badge_colour(bad)) << bad;
  }
  EXPECT_NE(badge_svg(*gold, "A", "B").find("fill=\"#1a1a1a\""), std::string::npos)
      << "dark text on a light colour";
  EXPECT_NE(badge_svg(*parse_badge_colour("#102040"), "A", "B").find("fill=\"#ffffff\""),
            std::string::npos)
      << "white text on a dark colour";
}

}  // namespace
}  // namespace cairn::media
