// The RFC 8785 test data of cyberphone/json-canonicalization (../shared/conformance/jcs/testdata):
// every input/NAME.json must canonicalize to exactly the bytes of output/NAME.json, which
// outhex/NAME.txt gives again as hex.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "canon/jcs/jcs.h"

namespace cairn::canon::jcs {
namespace {

namespace fs = std::filesystem;

const fs::path kTestData = fs::path(CAIRN_SHARED_DIR) / "conformance/jcs/testdata";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// outhex files hold space- or line-separated two-digit hex bytes.
std::string bytes_from_hex(const std::string& hex_text) {
  std::istringstream in(hex_text);
  std::string bytes;
  for (std::string hex; in >> hex;) bytes += static_cast<char>(std::stoi(hex, nullptr, 16));
  return bytes;
}

TEST(JcsConformance, EveryInputCanonicalizesToItsOutput) {
  if (!fs::is_directory(kTestData / "input")) {
    GTEST_SKIP() << "skipped: ../shared/conformance/jcs/testdata not present";
  }
  int pairs = 0;
  for (const auto& entry : fs::directory_iterator(kTestData / "input")) {
    const std::string name = entry.path().stem().string();
    SCOPED_TRACE(name);
    const fs::path output_path = kTestData / "output" / (name + ".json");
    const fs::path hex_path = kTestData / "outhex" / (name + ".txt");
    ASSERT_TRUE(fs::exists(output_path));
    const std::string expected = read_file(output_path);
    if (fs::exists(hex_path)) {
      EXPECT_EQ(bytes_from_hex(read_file(hex_path)), expected);
    }

    const Result<std::string> canonical = canonicalize_text(read_file(entry.path()));
    ASSERT_TRUE(canonical.ok()) << canonical.error().to_string();
    EXPECT_EQ(*canonical, expected);
    // The canonical form is a fixed point.
    const Result<std::string> again = canonicalize_text(*canonical);
    ASSERT_TRUE(again.ok()) << again.error().to_string();
    EXPECT_EQ(*again, *canonical);
    ++pairs;
  }
  EXPECT_GT(pairs, 0) << "no input files in " << kTestData;
  std::printf("%d input/output pairs checked\n", pairs);
}

}  // namespace
}  // namespace cairn::canon::jcs
