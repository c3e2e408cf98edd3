// Runs structural validation and the validity window over every JSON credential of the shared
// conformance fixtures and compares with fixture_expectations.tsv, written by reading each file.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "canon/json/json_parser.h"
#include "vc/structure/credential_structure.h"
#include "vc/structure/validity_window.h"

namespace cairn::vc::structure {
namespace {

namespace fs = std::filesystem;

const fs::path kShared = CAIRN_SHARED_DIR;
const char* const kFixtureRoots[] = {"conformance/ob3-validator-fixtures",
                                     "conformance/dcc-fixtures/verifiableCredentials"};

struct Expectation {
  std::string fixture;  // relative to the shared folder
  std::string kind;
  std::string structure;  // "ok" or "error"
  std::string error_path;
  std::string validity;  // "valid", "expired", "not-yet-valid"
  std::string why;
};

std::vector<Expectation> read_expectations() {
  std::ifstream in(fs::path(CAIRN_SOURCE_DIR) / "tests/vc/structure/fixture_expectations.tsv");
  EXPECT_TRUE(in.good());
  std::vector<Expectation> rows;
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream fields(line);
    for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
    EXPECT_EQ(cells.size(), 6u) << line;
    if (cells.size() != 6) continue;
    rows.push_back({cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]});
  }
  return rows;
}

bool root_present(const std::string& fixture) {
  for (const char* root : kFixtureRoots) {
    if (fixture.starts_with(root)) return fs::is_directory(kShared / root);
  }
  return false;
}

std::string validity_name(ValidityStatus status) {
  switch (status) {
    case ValidityStatus::kValid:
      return "valid";
    case ValidityStatus::kNotYetValid:
      return "not-yet-valid";
    case ValidityStatus::kExpired:
      return "expired";
  }
  return "?";
}

TEST(FixtureTable, EveryCredentialMeetsItsExpectation) {
  const std::vector<Expectation> rows = read_expectations();
  ASSERT_FALSE(rows.empty());
  // 2025-06-01T00:00:00Z
  const TimePoint checked_at{std::chrono::seconds{1748736000}};
  std::size_t checked = 0;
  for (const Expectation& row : rows) {
    if (!root_present(row.fixture)) continue;
    SCOPED_TRACE(row.fixture + " (" + row.why + ")");
    std::ifstream in(kShared / row.fixture, std::ios::binary);
    ASSERT_TRUE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    Result<boost::json::value> parsed = canon::json::parse_json(text.str());
    ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
    ASSERT_TRUE(parsed->is_object());
    const boost::json::object& credential = parsed->as_object();

    const StructureReport report = validate_credential_structure(credential);
    std::string issues;
    for (const StructureIssue& issue : report.issues) {
      issues +=
          std::string(to_string(issue.severity)) + " " + issue.path + ": " + issue.message + "\n";
    }
    EXPECT_EQ(to_string(report.kind), row.kind);
    EXPECT_EQ(report.ok() ? "ok" : "error", row.structure) << issues;
    if (row.structure == "error") {
      bool found = false;
      for (const StructureIssue& issue : report.issues) {
        found |= issue.severity == Severity::kError && issue.path == row.error_path;
      }
      EXPECT_TRUE(found) << "no error at " << row.error_path << "; got:\n" << issues;
    }

    Result<ValidityWindow> window = read_validity_window(credential);
    ASSERT_TRUE(window.ok()) << window.error().to_string();
    EXPECT_EQ(validity_name(check_validity_window(*window, checked_at).status), row.validity);
    ++checked;
  }
  if (checked == 0)
    GTEST_SKIP() << "skipped: ../shared/conformance/ob3-validator-fixtures and "
                    "dcc-fixtures not present";
}

TEST(FixtureTable, ListsEveryJsonCredentialOfTheFixtureFolders) {
  std::set<std::string> listed;
  for (const Expectation& row : read_expectations()) listed.insert(row.fixture);
  std::size_t roots = 0;
  for (const char* root : kFixtureRoots) {
    if (!fs::is_directory(kShared / root)) continue;
    ++roots;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(kShared / root)) {
      const std::string relative = fs::relative(entry.path(), kShared).generic_string();
      // JSON-LD context documents that ship with the validator are not credentials.
      if (entry.path().extension() != ".json" || relative.find("/contexts/") != std::string::npos) {
        continue;
      }
      EXPECT_TRUE(listed.contains(relative)) << relative << " has no row in the table";
    }
  }
  if (roots == 0)
    GTEST_SKIP() << "skipped: ../shared/conformance/ob3-validator-fixtures not present";
}

}  // namespace
}  // namespace cairn::vc::structure
