// The verifier against the published fixtures of ../shared/conformance (1EdTech validator,
// Digital Credentials Consortium): each row of verifier_fixtures.tsv names a fixture, the time to
// judge it at, whether it must verify, and the check whose outcome shows why. The table gives the
// reason for every expectation.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "canon/json/json_parser.h"
#include "canon/jsonld/chained_document_loader.h"
#include "common/date_time.h"
#include "contexts/bundled_document_loader.h"
#include "did/chained_did_resolver.h"
#include "did/did_key_resolver.h"
#include "did/static_did_resolver.h"
#include "vc/data_integrity/suite_context.h"
#include "vc/status/static_status_list_source.h"
#include "vc/verifier.h"

namespace cairn::vc {
namespace {

const std::filesystem::path kConformance = std::filesystem::path(CAIRN_SHARED_DIR) / "conformance";

struct FixtureRow {
  std::string fixture;  // relative to ../shared/conformance
  std::string at;       // RFC 3339, or "-" for now
  bool verified = false;
  std::string check;
  std::string status;
  // did-doc=REL, status-list=URL=REL, context=URL=REL, min-list-entries=N, dcc (the DCC DID
  // documents and status lists under both URLs DCC's credentials use)
  std::vector<std::string> flags;
  std::string why;
};

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, separator);) parts.push_back(part);
  return parts;
}

std::vector<FixtureRow> read_table() {
  std::ifstream file(std::string(CAIRN_SOURCE_DIR) + "/tests/vc/verifier_fixtures.tsv");
  std::vector<FixtureRow> rows;
  for (std::string line; std::getline(file, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("fixture\t", 0) == 0) continue;
    const std::vector<std::string> cells = split(line, '\t');
    if (cells.size() != 7) {
      ADD_FAILURE() << "verifier_fixtures.tsv: a row needs 7 cells: " << line;
      continue;
    }
    rows.push_back({cells[0], cells[1], cells[2] == "yes", cells[3], cells[4],
                    cells[5] == "-" ? std::vector<std::string>{} : split(cells[5], ';'), cells[6]});
  }
  return rows;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

boost::json::object read_object(const std::filesystem::path& path) {
  Result<boost::json::value> json = canon::json::parse_json(read_file(path));
  if (!json || !json->is_object()) {
    ADD_FAILURE() << path << " is not a JSON object";
    return {};
  }
  return std::move(json->as_object());
}

// Serves fixture contexts that no npm package publishes (CLR 2.0) from ../shared, by URL.
class FixtureContextLoader final : public canon::jsonld::DocumentLoader {
 public:
  void add(std::string url, const std::filesystem::path& path) {
    Result<boost::json::value> json = canon::json::parse_json(read_file(path));
    ASSERT_TRUE(json.ok()) << path;
    documents_[std::move(url)] = std::move(*json);
  }
  Result<canon::jsonld::RemoteDocument> load(std::string_view url) const override {
    const auto found = documents_.find(std::string(url));
    if (found == documents_.end()) return Error{"loading document failed", std::string(url)};
    return canon::jsonld::RemoteDocument{std::string(url), "", "application/ld+json",
                                         found->second};
  }

 private:
  std::map<std::string, boost::json::value> documents_;
};

class VerifierFixtures : public testing::TestWithParam<FixtureRow> {};

TEST_P(VerifierFixtures, VerdictAndCheck) {
  const FixtureRow& row = GetParam();
  const std::filesystem::path fixture = kConformance / row.fixture;
  if (!std::filesystem::exists(fixture)) {
    GTEST_SKIP() << "skipped: ../shared/conformance/" << row.fixture << " not present";
  }
  const contexts::BundledDocumentLoader bundled;
  FixtureContextLoader extra;
  std::vector<boost::json::object> did_documents;
  status::StaticStatusListSource status_lists;
  VerifierOptions options;
  std::vector<std::string> flags;
  for (const std::string& flag : row.flags) {
    if (flag != "dcc") {
      flags.push_back(flag);
      continue;
    }
    flags.push_back("did-doc=dcc-fixtures/dids/legacy/did.json");
    flags.push_back("did-doc=dcc-fixtures/dids/oidf/did.json");
    for (const char* list :
         {"e5WK8CbZ1GjycuPombrj", "expired", "missingBitStringType", "notYetValid", "tampered"}) {
      const std::string file =
          std::string("dcc-fixtures/statusLists/didkey-ed25519Signature2020/") + list;
      flags.push_back(
          "status-list=https://digitalcredentials.github.io/vc-test-fixtures/statusLists/"
          "didkey-ed25519Signature2020/" +
          std::string(list) + "=" + file);
      flags.push_back(
          "status-list=https://raw.githubusercontent.com/digitalcredentials/"
          "verifier-core/refs/heads/main/src/test-fixtures/status/" +
          std::string(list) + "=" + file);
    }
  }
  for (const std::string& flag : flags) {
    const std::size_t equals = flag.find('=');
    const std::string name = flag.substr(0, equals);
    const std::string value = flag.substr(equals + 1);
    const std::size_t last_equals = value.rfind('=');
    if (name == "did-doc") {
      did_documents.push_back(read_object(kConformance / value));
    } else if (name == "status-list") {
      status_lists.add(value.substr(0, last_equals),
                       read_object(kConformance / value.substr(last_equals + 1)));
    } else if (name == "context") {
      extra.add(value.substr(0, last_equals), kConformance / value.substr(last_equals + 1));
    } else if (name == "min-list-entries") {
      options.status.min_list_entries = std::stoull(value);
    } else {
      FAIL() << "unknown flag " << flag;
    }
  }
  const canon::jsonld::ChainedDocumentLoader loader({&bundled, &extra});
  const data_integrity::SuiteContext suites(loader);
  Result<did::StaticDidResolver> given = did::StaticDidResolver::create(std::move(did_documents));
  ASSERT_TRUE(given.ok()) << given.error().to_string();
  std::vector<std::unique_ptr<const did::DidResolver>> resolvers;
  resolvers.push_back(std::make_unique<did::StaticDidResolver>(std::move(*given)));
  resolvers.push_back(std::make_unique<did::DidKeyResolver>());
  const did::ChainedDidResolver dids(std::move(resolvers));

  if (row.at != "-") {
    Result<TimePoint> at = parse_date_time_stamp(row.at);
    ASSERT_TRUE(at.ok()) << row.at;
    options.at = *at;
  }
  const Verifier verifier({&suites, &dids, &status_lists}, options);
  const std::string bytes = read_file(fixture);
  Result<VerificationReport> report =
      verifier.verify_input({reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()});
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  const std::string shown = boost::json::serialize(report->to_json());
  EXPECT_EQ(report->verified(), row.verified) << row.why << "\n" << shown;
  EXPECT_EQ(to_string(report->status_of(row.check)), row.status)
      << row.check << ": " << row.why << "\n"
      << shown;
}

std::string row_name(const testing::TestParamInfo<FixtureRow>& info) {
  std::string name = std::to_string(info.index) + "_" +
                     std::filesystem::path(info.param.fixture).filename().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Table, VerifierFixtures, testing::ValuesIn(read_table()), row_name);

}  // namespace
}  // namespace cairn::vc
