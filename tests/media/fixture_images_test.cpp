// Unbaking real badge images from the shared conformance material (read at run time, never
// copied): the 1EdTech validator's baked PNG/SVG badges, and the DCC test-credential PNGs.
//
// The DCC PNGs turned out to be QR codes with no credential baked in (IHDR, IDAT, IEND only), so
// for them the test checks that our reader walks them as valid PNGs and finds no credential, then
// bakes each sibling .json into its PNG and checks that libpng reads the result and that it
// unbakes to the same JSON (compared parsed).
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "libpng_reader.h"
#include "media/media_errors.h"
#include "media/png_baking.h"
#include "media/svg_baking.h"
#include "png_test_support.h"

namespace cairn::media {
namespace {

namespace fs = std::filesystem;

const fs::path kShared = CAIRN_SHARED_DIR;
const fs::path kValidatorFixtures = kShared / "conformance/ob3-validator-fixtures";
const fs::path kDccCredentials = kShared / "conformance/dcc-fixtures/verifiableCredentials";

std::vector<fs::path> images_under(const fs::path& root) {
  std::vector<fs::path> images;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && (extension == ".png" || extension == ".svg")) {
      images.push_back(entry.path());
    }
  }
  std::sort(images.begin(), images.end());
  return images;
}

Result<std::string> unbake_file(const fs::path& path) {
  const testing::Bytes bytes = testing::read_file(path.string());
  if (path.extension() == ".png") return unbake_png(bytes);
  return unbake_svg(testing::as_text(bytes));
}

bool is_compact_jwt(const std::string& text) {
  return std::count(text.begin(), text.end(), '.') == 2 &&
         text.find_first_not_of(
             "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.") ==
             std::string::npos;
}

TEST(FixtureImages, ValidatorBadgesUnbakeToAnOpenBadgeCredentialOrAJwt) {
  if (!fs::exists(kValidatorFixtures)) {
    GTEST_SKIP() << "skipped: ../shared/conformance/ob3-validator-fixtures not present";
  }
  const std::vector<fs::path> images = images_under(kValidatorFixtures);
  ASSERT_FALSE(images.empty());
  std::map<std::string, std::string> unbaked;  // file name -> credential
  for (const fs::path& image : images) {
    const Result<std::string> credential = unbake_file(image);
    ASSERT_TRUE(credential.ok()) << image << ": " << credential.error().to_string();
    if (credential->front() == '{') {
      const boost::json::value json = boost::json::parse(*credential);
      const boost::json::array& types = json.at("type").as_array();
      EXPECT_NE(std::find(types.begin(), types.end(), "OpenBadgeCredential"), types.end()) << image;
    } else {
      EXPECT_TRUE(is_compact_jwt(*credential)) << image << ": " << credential->substr(0, 80);
    }
    unbaked[image.filename().string()] = *credential;
  }
  // The set bakes the same credential into a PNG and an SVG twice: both must read back alike.
  ASSERT_TRUE(unbaked.count("simple-json.png") && unbaked.count("simple-json.svg"));
  EXPECT_EQ(boost::json::parse(unbaked["simple-json.png"]),
            boost::json::parse(unbaked["simple-json.svg"]));
  ASSERT_TRUE(unbaked.count("simple-jwt_v1.png") && unbaked.count("simple-jwt_v1.svg"));
  EXPECT_EQ(unbaked["simple-jwt_v1.png"], unbaked["simple-jwt_v1.svg"]);
}

TEST(FixtureImages, DccPngsAreValidAndUnbakedAndTheirCredentialsRoundTrip) {
  if (!fs::exists(kDccCredentials)) {
    GTEST_SKIP() << "skipped: ../shared/conformance/dcc-fixtures not present";
  }
  std::size_t pngs = 0;
  std::size_t round_trips = 0;
  for (const fs::path& image : images_under(kDccCredentials)) {
    if (image.extension() != ".png") continue;
    ++pngs;
    const testing::Bytes png = testing::read_file(image.string());
    const Result<std::string> unbaked = unbake_png(png);
    ASSERT_FALSE(unbaked.ok()) << image << " carries a credential now: compare it to the .json";
    EXPECT_EQ(unbaked.error().code, error_code::kNoCredential)
        << image << ": " << unbaked.error().to_string();
    fs::path json_path = image;
    json_path.replace_extension(".json");
    if (!fs::exists(json_path)) continue;
    const testing::Bytes json = testing::read_file(json_path.string());
    const Result<testing::Bytes> baked = bake_png(png, testing::as_text(json));
    ASSERT_TRUE(baked.ok()) << image << ": " << baked.error().to_string();
    EXPECT_EQ(testing::read_with_libpng(*baked).error, "") << image;
    const Result<std::string> credential = unbake_png(*baked);
    ASSERT_TRUE(credential.ok()) << image << ": " << credential.error().to_string();
    EXPECT_EQ(boost::json::parse(*credential), boost::json::parse(testing::as_text(json))) << image;
    ++round_trips;
  }
  EXPECT_GT(pngs, 0u);
  EXPECT_GT(round_trips, 0u);
  std::cout << pngs << " DCC PNGs read, " << round_trips << " baked with their .json\n";
}

}  // namespace
}  // namespace cairn::media
