// Test support for running expand() over the W3C JSON-LD toRdf conformance suite
// (CAIRN_SHARED_DIR/conformance/json-ld-api/tests): its manifest entries, the options each test
// asks for, a loader serving the suite's URLs from the local copy, and an order-insensitive
// canonical form of expanded JSON-LD for comparing two expansions.
#pragma once

#include <atomic>
#include <boost/json/value.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "canon/jsonld/directory_document_loader.h"
#include "canon/jsonld/document_loader.h"
#include "canon/jsonld/options.h"

namespace cairn::canon::jsonld::testing {

// Where the suite is, or std::nullopt when the shared material is not present.
std::optional<std::filesystem::path> suite_directory();

struct SuiteTest {
  std::string id;  // "#t0001"
  std::string name;
  std::string input;  // "toRdf/0001-in.jsonld"
  bool negative = false;
  std::string expected_error;    // for negative tests
  bool json_ld_10_only = false;  // specVersion json-ld-1.0: not for a JSON-LD 1.1 processor
  boost::json::object option;
};

// The tests of toRdf-manifest.jsonld, in manifest order.
std::vector<SuiteTest> load_suite(const std::filesystem::path& suite);

inline constexpr const char* kSuiteBase = "https://w3c.github.io/json-ld-api/tests/";

// A loader serving kSuiteBase's URLs from the suite directory.
DirectoryDocumentLoader suite_loader(const std::filesystem::path& suite);

// The options the manifest gives `test` (base, processingMode, expandContext), with `loader`.
JsonLdOptions options_for(const SuiteTest& test, const DocumentLoader& loader);

// Parses the file at `path` with canon/json's strict parser; throws std::runtime_error when it
// cannot.
boost::json::value read_json(const std::filesystem::path& path);

// Serves documents from memory: URL -> JSON text (for remote contexts in unit tests).
class MapDocumentLoader final : public DocumentLoader {
 public:
  void add(std::string url, std::string_view json_text);
  Result<RemoteDocument> load(std::string_view url) const override;
  int loads() const { return loads_.load(); }

 private:
  std::vector<std::pair<std::string, boost::json::value>> documents_;
  mutable std::atomic<int> loads_ = 0;
};

// A canonical text of expanded JSON-LD in which the order of object entries and of unordered
// arrays (every array except an @list's) does not matter, and integral doubles print as
// integers (JavaScript does not tell 5.0 from 5).
std::string canonical_expanded(const boost::json::value& value);

// The canonical expanded form of the JSON text `document` under `options`, or "error: CODE".
std::string expanded(std::string_view document, const JsonLdOptions& options = {});

// canonical_expanded() of the JSON text `expected`, to compare with expanded().
std::string canonical(std::string_view expected);

}  // namespace cairn::canon::jsonld::testing
