// The badge images Cairn draws: libpng decodes the PNG, libxml2 (through bake_svg) reads the
// SVG, names are escaped and shortened, and the colour follows the seed.
#include "media/badge_image.h"

#include <gtest/gtest.h>

#include "libpng_reader.h"
#include "media/svg_baking.h"

namespace cairn::media {
namespace {

using testing::LibpngReading;
using testing::read_with_libpng;

TEST(BadgeImage, ThePngDecodesWithLibpngAsA256SquareDiscOnTransparency) {
  const std::vector<std::uint8_t> png = badge_png("seed");
  const LibpngReading reading = read_with_libpng(png);
  ASSERT_EQ(reading.error, "");
  EXPECT_EQ(reading.width, 256u);
  EXPECT_EQ(reading.height, 256u);
  ASSERT_EQ(reading.pixels.size(), 256u * 256u * 4u);
  const auto alpha = [&](std::size_t x, std::size_t y) {
    return reading.pixels[(y * 256 + x) * 4 + 3];
  };
  EXPECT_EQ(alpha(0, 0), 0) << "a corner is outside the disc";
  EXPECT_EQ(alpha(128, 128), 255) << "the centre is inside";
  EXPECT_EQ(badge_png("seed"), png) << "the same seed draws the same image";
  EXPECT_NE(badge_png("another seed"), png);
}

TEST(BadgeImage, TheSvgEscapesAndShortensItsTextAndBakes) {
  const std::string svg =
      badge_svg("seed", "</text><script>alert(1)</script> & \"more\"", std::string(100, 'x'));
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;/text&gt;&lt;script&gt;"), std::string::npos) << svg;
  EXPECT_NE(svg.find(std::string(40, 'x') + "\xE2\x80\xA6"), std::string::npos) << svg;
  EXPECT_EQ(svg.find(std::string(41, 'x')), std::string::npos);
  const Result<std::string> baked = bake_svg(svg, R"({"id": "urn:uuid:1"})");
  ASSERT_TRUE(baked) << baked.error().to_string();
  EXPECT_EQ(*unbake_svg(*baked), R"({"id": "urn:uuid:1"})");
  EXPECT_NE(badge_svg("one", "a", "b"), badge_svg("two", "a", "b"))
      << "the colour follows the seed";
}

}  // namespace
}  // namespace cairn::media
