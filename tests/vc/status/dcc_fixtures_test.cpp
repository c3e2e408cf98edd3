// The Digital Credentials Consortium's vc-test-fixtures: its status lists (valid, expired,
// notYetValid, tampered, missingBitStringType) and the credentials that point to them.
//
// The credentials name their lists by two URLs: the fixture repository as published on GitHub
// Pages (https://digitalcredentials.github.io/vc-test-fixtures/statusLists/<dir>/<name>, the same
// path as in the repository) and DCC verifier-core's copy of the valid list
// (.../verifier-core/.../src/test-fixtures/status/<name>). Both are served from the files here.
//
// Expectations come from the fixture names: "revoked" lists index 8 as revoked, "validStatus"
// and the valid list's index 7 are clear; the expired, notYetValid, tampered and
// missingBitStringType lists cannot give a status. DCC lists hold 100,000 entries, fewer than the
// specification's 131,072 minimum, so the checks run with that ecosystem's lower bound.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "canon/json/json_parser.h"
#include "vc/status/check_credential_status.h"
#include "vc/status/static_status_list_source.h"

namespace cairn::vc::status {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kFixtures = "conformance/dcc-fixtures";
constexpr std::string_view kPagesPrefix =
    "https://digitalcredentials.github.io/vc-test-fixtures/statusLists/";
constexpr std::string_view kVerifierCorePrefix =
    "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/"
    "test-fixtures/status/";

// 2026-06-01T00:00:00Z: inside the valid list's period, after "expired", before "notYetValid".
const TimePoint kNow = std::chrono::sys_days{std::chrono::year{2026} / 6 / 1};

fs::path fixtures_dir() { return fs::path(CAIRN_SHARED_DIR) / kFixtures; }

boost::json::object read_object(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  Result<boost::json::value> value = canon::json::parse_json(text.str());
  EXPECT_TRUE(value.ok()) << path << ": " << value.error().to_string();
  if (!value.ok() || !value->is_object()) return {};
  return value->get_object();
}

StatusLimits dcc_limits() {
  StatusLimits limits;
  limits.min_list_entries = 100000;
  return limits;
}

class DccFixturesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_directory(fixtures_dir() / "statusLists")) {
      GTEST_SKIP() << "skipped: ../shared/" << kFixtures << " not present";
    }
    for (const fs::directory_entry& file :
         fs::recursive_directory_iterator(fixtures_dir() / "statusLists")) {
      if (!file.is_regular_file()) continue;
      const boost::json::object list = read_object(file.path());
      const std::string relative =
          fs::relative(file.path(), fixtures_dir() / "statusLists").generic_string();
      source_.add(std::string(kPagesPrefix) + relative, list);
      source_.add(std::string(kVerifierCorePrefix) + file.path().filename().string(), list);
      lists_[file.path().filename().string()] = std::string(kPagesPrefix) + relative;
    }
  }

  StatusCheck check_list(const std::string& name, std::string_view index) {
    EXPECT_TRUE(lists_.contains(name)) << name;
    boost::json::object credential;
    credential["id"] = "urn:uuid:dcc-fixture-probe";
    credential["credentialStatus"] =
        boost::json::object{{"id", lists_[name] + "#" + std::string(index)},
                            {"type", "BitstringStatusListEntry"},
                            {"statusPurpose", "revocation"},
                            {"statusListIndex", index},
                            {"statusListCredential", lists_[name]}};
    std::vector<StatusCheck> checks =
        check_credential_status(credential, source_, kNow, dcc_limits());
    EXPECT_EQ(checks.size(), 1u);
    return checks.empty() ? StatusCheck{} : checks.front();
  }

  StaticStatusListSource source_;
  std::map<std::string, std::string> lists_;  // file name -> URL
};

TEST_F(DccFixturesTest, TheValidListRevokesIndex8Only) {
  const std::string valid = "e5WK8CbZ1GjycuPombrj";
  EXPECT_EQ(check_list(valid, "8").outcome, StatusCheck::kSet);
  EXPECT_EQ(check_list(valid, "7").outcome, StatusCheck::kClear);
  EXPECT_EQ(check_list(valid, "99999").outcome, StatusCheck::kClear);
  EXPECT_EQ(check_list(valid, "100000").error_code, "RANGE_ERROR");
}

TEST_F(DccFixturesTest, TheBrokenListsGiveNoStatus) {
  const StatusCheck expired = check_list("expired", "7");
  EXPECT_EQ(expired.outcome, StatusCheck::kError);
  EXPECT_EQ(expired.error_code, "STATUS_VERIFICATION_ERROR") << expired.message;
  EXPECT_NE(expired.message.find("expired"), std::string::npos) << expired.message;

  const StatusCheck not_yet_valid = check_list("notYetValid", "7");
  EXPECT_EQ(not_yet_valid.outcome, StatusCheck::kError);
  EXPECT_EQ(not_yet_valid.error_code, "STATUS_VERIFICATION_ERROR") << not_yet_valid.message;
  EXPECT_NE(not_yet_valid.message.find("not valid yet"), std::string::npos);

  // Its encodedList was edited by hand: no longer base64url of GZIP. (Its proof fails too;
  // that is the verifier's check.)
  const StatusCheck tampered = check_list("tampered", "7");
  EXPECT_EQ(tampered.outcome, StatusCheck::kError);
  EXPECT_EQ(tampered.error_code, "MALFORMED_VALUE_ERROR") << tampered.message;

  const StatusCheck untyped = check_list("missingBitStringType", "7");
  EXPECT_EQ(untyped.outcome, StatusCheck::kError);
  EXPECT_EQ(untyped.error_code, "STATUS_VERIFICATION_ERROR") << untyped.message;
  EXPECT_NE(untyped.message.find("BitstringStatusListCredential"), std::string::npos);
}

TEST_F(DccFixturesTest, WithTheSpecificationsMinimumTheShortListsAreRefused) {
  boost::json::object credential;
  credential["credentialStatus"] =
      boost::json::object{{"type", "BitstringStatusListEntry"},
                          {"statusPurpose", "revocation"},
                          {"statusListIndex", "8"},
                          {"statusListCredential", lists_["e5WK8CbZ1GjycuPombrj"]}};
  const std::vector<StatusCheck> checks = check_credential_status(credential, source_, kNow);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].error_code, "STATUS_LIST_LENGTH_ERROR") << checks[0].message;
}

// Whether a fixture file name contains `word` as one of its dash-separated parts.
bool name_has(const std::string& name, std::string_view word) {
  std::stringstream parts(name.substr(0, name.rfind('.')));
  for (std::string part; std::getline(parts, part, '-');) {
    if (part == word) return true;
  }
  return false;
}

TEST_F(DccFixturesTest, CredentialsReportWhatTheirNamesSay) {
  std::map<std::string, int> counts;
  for (const fs::directory_entry& file :
       fs::recursive_directory_iterator(fixtures_dir() / "verifiableCredentials")) {
    if (!file.is_regular_file() || file.path().extension() != ".json") continue;
    const std::string name = file.path().filename().string();
    SCOPED_TRACE(file.path().string());
    const std::vector<StatusCheck> checks =
        check_credential_status(read_object(file.path()), source_, kNow, dcc_limits());
    if (name_has(name, "noStatus") || name == "badDidWeb.json") {
      EXPECT_TRUE(checks.empty());
      ++counts["none"];
      continue;
    }
    ASSERT_EQ(checks.size(), 1u);
    const StatusCheck& check = checks.front();
    EXPECT_EQ(check.purpose, "revocation");
    EXPECT_FALSE(check.list_url.empty());
    if (name_has(name, "revokedStatus") || name_has(name, "revoked")) {
      EXPECT_EQ(check.outcome, StatusCheck::kSet) << check.message;
      ++counts["revoked"];
    } else if (name_has(name, "validStatus")) {
      EXPECT_EQ(check.outcome, StatusCheck::kClear) << check.message;
      ++counts["valid"];
    } else {
      // expiredStatus, notYetValidStatus, tamperedStatus, missingTypeStatus.
      EXPECT_EQ(check.outcome, StatusCheck::kError) << check.message;
      EXPECT_TRUE(check.list_document.has_value());
      ++counts["broken list"];
    }
  }
  EXPECT_GE(counts["revoked"], 10);
  EXPECT_GE(counts["valid"], 1);
  EXPECT_EQ(counts["broken list"], 4);
  EXPECT_GE(counts["none"], 10);
}

}  // namespace
}  // namespace cairn::vc::status
