// The W3C RDFC-1.0 test suite (../shared/conformance/rdf-canon/tests/manifest.jsonld), one test per
// manifest entry: evaluation tests compare the canonical N-Quads byte for byte, map tests compare
// the issued identifiers map as JSON objects, negative tests must stop on the work limit.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

#include "canon/json/json_parser.h"
#include "canon/rdf/nquads_parser.h"
#include "canon/rdfc/canonicalize.h"

namespace cairn::canon::rdfc {
namespace {

const std::filesystem::path kSuiteDir =
    std::filesystem::path(CAIRN_SHARED_DIR) / "conformance/rdf-canon/tests";

struct ManifestEntry {
  std::string id;  // "test001c", usable as a test name
  std::string type;
  std::string action;  // relative to kSuiteDir
  std::string result;  // relative to kSuiteDir; empty for negative tests
  HashAlgorithm hash = HashAlgorithm::kSha256;
};

// What gtest shows as the parameter of a test: the entry's id rather than its bytes.
// NOLINTNEXTLINE(readability-identifier-naming): the name gtest looks for
void PrintTo(const ManifestEntry& entry, std::ostream* out) { *out << entry.id; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

boost::json::value read_json(const std::filesystem::path& path) {
  Result<boost::json::value> json = json::parse_json(read_file(path));
  if (!json) throw std::runtime_error(path.string() + ": " + json.error().to_string());
  return std::move(*json);
}

// A test name made of the entry's id ("#test001c" -> "test001c").
std::string test_name(std::string_view id) {
  std::string name;
  for (const char c : id) {
    if (std::isalnum(static_cast<unsigned char>(c))) name.push_back(c);
  }
  return name;
}

std::vector<ManifestEntry> read_manifest(const std::filesystem::path& manifest) {
  std::vector<ManifestEntry> entries;
  const boost::json::value json = read_json(manifest);
  for (const boost::json::value& item : json.at("entries").as_array()) {
    const boost::json::object& entry = item.as_object();
    ManifestEntry parsed;
    parsed.id = test_name(entry.at("id").as_string());
    parsed.type = entry.at("type").as_string();
    parsed.action = entry.at("action").as_string();
    if (const auto* result = entry.if_contains("result")) parsed.result = result->as_string();
    if (const auto* hash = entry.if_contains("hashAlgorithm")) {
      if (hash->as_string() == "SHA384") {
        parsed.hash = HashAlgorithm::kSha384;
      } else if (hash->as_string() != "SHA256") {
        throw std::runtime_error(parsed.id + ": unknown hashAlgorithm");
      }
    }
    entries.push_back(std::move(parsed));
  }
  return entries;
}

struct Manifest {
  std::vector<ManifestEntry> entries;  // none when the suite is absent or unreadable
  std::string error;                   // why it is unreadable
};

// Read once, while the tests are registered: errors must not escape, they are reported by the
// ManifestIsPresentAndReadable test instead.
const Manifest& manifest() {
  static const Manifest loaded = [] {
    Manifest manifest;
    const std::filesystem::path path = kSuiteDir / "manifest.jsonld";
    if (!std::filesystem::exists(path)) return manifest;
    try {
      manifest.entries = read_manifest(path);
    } catch (const std::exception& error) {
      manifest.error = error.what();
    }
    return manifest;
  }();
  return loaded;
}

TEST(RdfcConformanceSuite, ManifestIsPresentAndReadable) {
  if (!std::filesystem::exists(kSuiteDir / "manifest.jsonld")) {
    GTEST_SKIP() << "skipped: ../shared/conformance/rdf-canon/tests not present";
  }
  EXPECT_EQ(manifest().error, "");
  EXPECT_FALSE(manifest().entries.empty());
}

class RdfcConformance : public testing::TestWithParam<ManifestEntry> {};
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(RdfcConformance);

TEST_P(RdfcConformance, Passes) {
  const ManifestEntry& entry = GetParam();
  Result<rdf::Dataset> dataset = rdf::parse_nquads(read_file(kSuiteDir / entry.action));
  ASSERT_TRUE(dataset.ok()) << dataset.error().to_string();
  RdfcOptions options;
  options.hash = entry.hash;

  const auto start = std::chrono::steady_clock::now();
  const Result<CanonicalForm> canonical = canonicalize(*dataset, options);
  const std::chrono::duration<double, std::milli> elapsed =
      std::chrono::steady_clock::now() - start;
  RecordProperty("canonicalize_ms", std::to_string(elapsed.count()));

  if (entry.type == "rdfc:RDFC10NegativeEvalTest") {
    ASSERT_FALSE(canonical.ok()) << "the poison dataset was canonicalized";
    EXPECT_EQ(canonical.error().code, "rdfc work limit exceeded") << canonical.error().message;
    // "Fast" with a wide margin for sanitizer builds: the point is that it stops at all.
    EXPECT_LT(elapsed.count(), 10'000.0);
    return;
  }
  ASSERT_TRUE(canonical.ok()) << canonical.error().to_string();
  if (entry.type == "rdfc:RDFC10EvalTest") {
    EXPECT_EQ(canonical->nquads, read_file(kSuiteDir / entry.result));
  } else if (entry.type == "rdfc:RDFC10MapTest") {
    boost::json::object issued;
    for (const auto& [input_label, canonical_label] : canonical->issued_identifiers) {
      issued[input_label] = canonical_label;
    }
    EXPECT_EQ(boost::json::value(issued), read_json(kSuiteDir / entry.result))
        << boost::json::serialize(issued);
  } else {
    FAIL() << "unknown test type " << entry.type;
  }
}

INSTANTIATE_TEST_SUITE_P(Manifest, RdfcConformance, testing::ValuesIn(manifest().entries),
                         [](const testing::TestParamInfo<ManifestEntry>& info) {
                           return info.param.id;
                         });

}  // namespace
}  // namespace cairn::canon::rdfc
