// Tests of sniff_image_format: PNG by signature, SVG by the first element after the prolog.
#include "media/image_format.h"

#include <gtest/gtest.h>

#include <string_view>

#include "png_test_support.h"

namespace cairn::media {
namespace {

std::optional<ImageFormat> sniff(std::string_view text) {
  return sniff_image_format(
      std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

TEST(ImageFormat, PngBySignature) {
  EXPECT_EQ(sniff_image_format(testing::tiny_png()), ImageFormat::kPng);
  const testing::Bytes png = testing::tiny_png();
  EXPECT_EQ(sniff_image_format(std::span(png).first(8)), ImageFormat::kPng);
  EXPECT_EQ(sniff_image_format(std::span(png).first(7)), std::nullopt);
  EXPECT_EQ(sniff("\x89PNG\r\n\x1A\r"), std::nullopt);
}

TEST(ImageFormat, SvgAfterAnyProlog) {
  EXPECT_EQ(sniff("<svg/>"), ImageFormat::kSvg);
  EXPECT_EQ(sniff("\xEF\xBB\xBF<svg xmlns='http://www.w3.org/2000/svg'>"), ImageFormat::kSvg);
  EXPECT_EQ(sniff("<?xml version='1.0'?>\n<!-- <html> -->\n<?pi x?>\n"
                  "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"svg11.dtd\">\n"
                  "<svg width='1'>"),
            ImageFormat::kSvg);
  EXPECT_EQ(sniff("<!DOCTYPE svg [<!ENTITY a \"]>\"><!-- ] > -->]><svg>"), ImageFormat::kSvg);
  EXPECT_EQ(sniff("<s:svg xmlns:s='http://www.w3.org/2000/svg' a='>'/>"), ImageFormat::kSvg);
}

TEST(ImageFormat, NeitherPngNorSvg) {
  EXPECT_EQ(sniff(""), std::nullopt);
  EXPECT_EQ(sniff("<html><svg/></html>"), std::nullopt);
  EXPECT_EQ(sniff("<svgx/>"), std::nullopt);
  EXPECT_EQ(sniff("text <svg/>"), std::nullopt);
  EXPECT_EQ(sniff("<svg width='1"), std::nullopt);  // the start tag never ends
  EXPECT_EQ(sniff("<!-- <svg/>"), std::nullopt);
  EXPECT_EQ(sniff("{\"@context\":[]}"), std::nullopt);
}

}  // namespace
}  // namespace cairn::media
