// check_credential_status on credentials and lists built here: each rule of Bitstring Status
// List 1.0 section 3.2 (purpose, type, length, range, validity), statusSize > 1 with messages,
// StatusList2021, 1EdTech revocation lists, and malformed entries.
#include "vc/status/check_credential_status.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "crypto/base64url.h"
#include "vc/status/bitstring.h"
#include "vc/status/gzip.h"
#include "vc/status/static_status_list_source.h"
#include "vc/status/status_list_credential.h"

namespace cairn::vc::status {
namespace {

constexpr std::string_view kRevocationList = "https://issuer.example/status/1";
constexpr std::string_view kSuspensionList = "https://issuer.example/status/2";

// 2026-06-01T00:00:00Z.
const TimePoint kNow = std::chrono::sys_days{std::chrono::year{2026} / 6 / 1};

boost::json::object json_object(std::string_view text) {
  return boost::json::parse(text).as_object();
}

std::string list_with(std::initializer_list<std::uint64_t> set_indices) {
  Bitstring list = Bitstring::create(Bitstring::kMinimumEntries).value();
  for (const std::uint64_t index : set_indices) list.set_bit(index, true);
  return list.encode();
}

boost::json::object list_credential(std::string_view url, std::string_view purpose,
                                    std::initializer_list<std::uint64_t> set_indices) {
  Bitstring list = Bitstring::create(Bitstring::kMinimumEntries).value();
  for (const std::uint64_t index : set_indices) list.set_bit(index, true);
  StatusListCredentialFields fields;
  fields.id = std::string(url);
  fields.issuer = "did:example:issuer";
  fields.valid_from = "2026-01-01T00:00:00Z";
  fields.valid_until = "2027-01-01T00:00:00Z";
  fields.status_purpose = std::string(purpose);
  return make_status_list_credential(fields, list);
}

boost::json::object entry(std::string_view purpose, std::string_view index,
                          std::string_view list_url,
                          std::string_view type = "BitstringStatusListEntry") {
  boost::json::object result;
  result["id"] = std::string(list_url) + "#" + std::string(index);
  result["type"] = type;
  result["statusPurpose"] = purpose;
  result["statusListIndex"] = index;
  result["statusListCredential"] = list_url;
  return result;
}

boost::json::object credential_with(boost::json::value status) {
  boost::json::object credential;
  credential["id"] = "urn:uuid:4b6a4c1e-0c8b-4f34-9d5a-9a1c2f3e4d5c";
  credential["type"] = boost::json::array{"VerifiableCredential", "OpenBadgeCredential"};
  credential["issuer"] = "did:example:issuer";
  credential["credentialStatus"] = std::move(status);
  return credential;
}

class CheckCredentialStatusTest : public ::testing::Test {
 protected:
  CheckCredentialStatusTest() {
    source_.add(std::string(kRevocationList), list_credential(kRevocationList, "revocation", {8}));
    source_.add(std::string(kSuspensionList), list_credential(kSuspensionList, "suspension", {3}));
  }

  std::vector<StatusCheck> check(boost::json::value status, const StatusLimits& limits = {}) {
    return check_credential_status(credential_with(std::move(status)), source_, kNow, limits);
  }

  // The single check of a credential whose credentialStatus is `status`.
  StatusCheck check_one(boost::json::value status, const StatusLimits& limits = {}) {
    std::vector<StatusCheck> checks = check(std::move(status), limits);
    EXPECT_EQ(checks.size(), 1u);
    return checks.empty() ? StatusCheck{} : checks.front();
  }

  void expect_error(const StatusCheck& check, std::string_view code) {
    EXPECT_EQ(check.outcome, StatusCheck::kError) << check.message;
    EXPECT_EQ(check.error_code, code) << check.message;
    EXPECT_FALSE(check.message.empty());
  }

  StaticStatusListSource source_;
};

TEST_F(CheckCredentialStatusTest, ASetBitIsReportedWithTheListUsed) {
  const StatusCheck check = check_one(entry("revocation", "8", kRevocationList));
  EXPECT_EQ(check.outcome, StatusCheck::kSet) << check.message;
  EXPECT_EQ(check.purpose, "revocation");
  EXPECT_EQ(check.entry_type, "BitstringStatusListEntry");
  EXPECT_EQ(check.status, 1u);
  EXPECT_EQ(check.list_url, kRevocationList);
  ASSERT_TRUE(check.list_document.has_value());
  EXPECT_EQ(*check.list_document, source_.fetch(kRevocationList).value());
  EXPECT_TRUE(check.error_code.empty());
}

TEST_F(CheckCredentialStatusTest, AClearBitIsReportedClear) {
  for (const std::string_view index : {"0", "7", "9", "131071"}) {
    const StatusCheck check = check_one(entry("revocation", index, kRevocationList));
    EXPECT_EQ(check.outcome, StatusCheck::kClear) << index << ": " << check.message;
    EXPECT_EQ(check.status, 0u);
  }
}

TEST_F(CheckCredentialStatusTest, AnArrayGivesOneCheckPerEntryInOrder) {
  const std::vector<StatusCheck> checks = check(boost::json::array{
      entry("revocation", "8", kRevocationList), entry("suspension", "4", kSuspensionList),
      entry("suspension", "3", kSuspensionList)});
  ASSERT_EQ(checks.size(), 3u);
  EXPECT_EQ(checks[0].outcome, StatusCheck::kSet);
  EXPECT_EQ(checks[0].purpose, "revocation");
  EXPECT_EQ(checks[1].outcome, StatusCheck::kClear);
  EXPECT_EQ(checks[1].purpose, "suspension");
  EXPECT_EQ(checks[1].list_url, kSuspensionList);
  EXPECT_EQ(checks[2].outcome, StatusCheck::kSet);
}

TEST_F(CheckCredentialStatusTest, NoCredentialStatusGivesNoChecks) {
  boost::json::object credential = credential_with(nullptr);
  credential.erase("credentialStatus");
  EXPECT_TRUE(check_credential_status(credential, source_, kNow).empty());
}

TEST_F(CheckCredentialStatusTest, ThePurposeMustMatchTheList) {
  expect_error(check_one(entry("suspension", "8", kRevocationList)), "STATUS_VERIFICATION_ERROR");
}

TEST_F(CheckCredentialStatusTest, AListMayServeSeveralPurposes) {
  boost::json::object list = list_credential(kRevocationList, "revocation", {8});
  list["credentialSubject"].as_object()["statusPurpose"] =
      boost::json::array{"revocation", "suspension"};
  source_.add(std::string(kRevocationList), list);
  EXPECT_EQ(check_one(entry("suspension", "8", kRevocationList)).outcome, StatusCheck::kSet);
}

TEST_F(CheckCredentialStatusTest, TheListMustHaveTheStatusListTypes) {
  boost::json::object list = list_credential(kRevocationList, "revocation", {8});
  list["type"] = boost::json::array{"VerifiableCredential"};
  source_.add(std::string(kRevocationList), list);
  expect_error(check_one(entry("revocation", "8", kRevocationList)), "STATUS_VERIFICATION_ERROR");

  list = list_credential(kRevocationList, "revocation", {8});
  list["credentialSubject"].as_object()["type"] = "StatusList2021";
  source_.add(std::string(kRevocationList), list);
  expect_error(check_one(entry("revocation", "8", kRevocationList)), "STATUS_VERIFICATION_ERROR");
}

TEST_F(CheckCredentialStatusTest, AnUnknownListIsARetrievalError) {
  const StatusCheck check = check_one(entry("revocation", "8", "https://elsewhere.example/x"));
  expect_error(check, "STATUS_RETRIEVAL_ERROR");
  EXPECT_EQ(check.list_url, "https://elsewhere.example/x");
  EXPECT_FALSE(check.list_document.has_value());
}

TEST_F(CheckCredentialStatusTest, TheListMustBeWithinItsValidityPeriod) {
  boost::json::object list = list_credential(kRevocationList, "revocation", {8});
  list["validUntil"] = "2026-05-31T23:59:59Z";
  source_.add(std::string(kRevocationList), list);
  StatusCheck check = check_one(entry("revocation", "8", kRevocationList));
  expect_error(check, "STATUS_VERIFICATION_ERROR");
  EXPECT_NE(check.message.find("expired"), std::string::npos);
  EXPECT_TRUE(check.list_document.has_value());

  list["validUntil"] = "2027-01-01T00:00:00Z";
  list["validFrom"] = "2026-06-01T00:00:00.001Z";
  source_.add(std::string(kRevocationList), list);
  check = check_one(entry("revocation", "8", kRevocationList));
  expect_error(check, "STATUS_VERIFICATION_ERROR");
  EXPECT_NE(check.message.find("not valid yet"), std::string::npos);

  list["validFrom"] = "2026-06-01T00:00:00Z";
  source_.add(std::string(kRevocationList), list);
  EXPECT_EQ(check_one(entry("revocation", "8", kRevocationList)).outcome, StatusCheck::kSet);

  list["validFrom"] = "June 2026";
  source_.add(std::string(kRevocationList), list);
  expect_error(check_one(entry("revocation", "8", kRevocationList)), "MALFORMED_VALUE_ERROR");
}

TEST_F(CheckCredentialStatusTest, Vc11ListsUseIssuanceAndExpirationDates) {
  boost::json::object list = list_credential(kRevocationList, "revocation", {8});
  list.erase("validFrom");
  list.erase("validUntil");
  list["issuanceDate"] = "2020-01-01T00:00:00Z";
  list["expirationDate"] = "2021-01-01T00:00:00Z";
  source_.add(std::string(kRevocationList), list);
  expect_error(check_one(entry("revocation", "8", kRevocationList)), "STATUS_VERIFICATION_ERROR");
}

TEST_F(CheckCredentialStatusTest, AnIndexPastTheListIsARangeError) {
  expect_error(check_one(entry("revocation", "131072", kRevocationList)), "RANGE_ERROR");
  expect_error(check_one(entry("revocation", "99999999999999999999999", kRevocationList)),
               "RANGE_ERROR");
}

TEST_F(CheckCredentialStatusTest, TheIndexIsABase10StringOrANonNegativeInteger) {
  for (const std::string_view bad : {"-1", "+1", "0x10", "1e3", " 8", ""}) {
    expect_error(check_one(entry("revocation", bad, kRevocationList)), "MALFORMED_VALUE_ERROR");
  }
  // The 1EdTech validator's fixtures write the index as a JSON integer; it means the same entry.
  boost::json::object numeric = entry("revocation", "8", kRevocationList);
  numeric["statusListIndex"] = 8;
  EXPECT_EQ(check_one(numeric).outcome,
            check_one(entry("revocation", "8", kRevocationList)).outcome);
  EXPECT_EQ(check_one(numeric).outcome, StatusCheck::kSet);
  numeric["statusListIndex"] = -8;
  expect_error(check_one(numeric), "MALFORMED_VALUE_ERROR");
  numeric["statusListIndex"] = 8.0;
  expect_error(check_one(numeric), "MALFORMED_VALUE_ERROR");
}

TEST_F(CheckCredentialStatusTest, EntryFieldsAreRequired) {
  for (const std::string_view member :
       {"statusPurpose", "statusListIndex", "statusListCredential"}) {
    boost::json::object incomplete = entry("revocation", "8", kRevocationList);
    incomplete.erase(member);
    expect_error(check_one(incomplete), "MALFORMED_VALUE_ERROR");
  }
  boost::json::object self_named = entry("revocation", "8", kRevocationList);
  self_named["id"] = kRevocationList;
  expect_error(check_one(self_named), "MALFORMED_VALUE_ERROR");
}

TEST_F(CheckCredentialStatusTest, AListShorterThanTheMinimumIsALengthError) {
  // 100,000 one-bit entries (12,500 bytes), index 8 set: fewer than the 131,072 required.
  std::vector<std::uint8_t> bytes(12500, 0);
  bytes[1] = 0x80;
  boost::json::object list = list_credential(kRevocationList, "revocation", {});
  list["credentialSubject"].as_object()["encodedList"] =
      "u" + crypto::encode_base64url(gzip_compress(bytes));
  source_.add(std::string(kRevocationList), list);
  expect_error(check_one(entry("revocation", "8", kRevocationList)), "STATUS_LIST_LENGTH_ERROR");

  StatusLimits ecosystem;
  ecosystem.min_list_entries = 100000;
  EXPECT_EQ(check_one(entry("revocation", "8", kRevocationList), ecosystem).outcome,
            StatusCheck::kSet);
}

TEST_F(CheckCredentialStatusTest, MultiBitStatusesReportTheirMessage) {
  Bitstring bits = Bitstring::create(Bitstring::kMinimumEntries, 2).value();
  ASSERT_TRUE(bits.set_status(492, 2, 2).ok());
  StatusListCredentialFields fields{"https://issuer.example/status/8", "did:example:issuer",
                                    "2026-01-01T00:00:00Z", std::nullopt, "message"};
  boost::json::object list = make_status_list_credential(fields, bits);
  list["credentialSubject"].as_object()["statusSize"] = 2;
  source_.add(fields.id, list);

  boost::json::object message_entry = entry("message", "492", fields.id);
  message_entry["statusSize"] = 2;
  message_entry["statusMessage"] = boost::json::parse(R"([
      {"status": "0x0", "message": "pending_review"}, {"status": "0x1", "message": "accepted"},
      {"status": "0x2", "message": "rejected"}, {"status": "0x3", "message": "undefined"}])");
  StatusCheck check = check_one(message_entry);
  EXPECT_EQ(check.outcome, StatusCheck::kSet) << check.message;
  EXPECT_EQ(check.status, 2u);
  EXPECT_NE(check.message.find("rejected"), std::string::npos) << check.message;
  EXPECT_NE(check.message.find("0x2"), std::string::npos) << check.message;

  message_entry["statusListIndex"] = "493";
  check = check_one(message_entry);
  EXPECT_EQ(check.outcome, StatusCheck::kClear);
  EXPECT_NE(check.message.find("pending_review"), std::string::npos) << check.message;

  // 131,072 two-bit entries; index 131,072 is past them.
  message_entry["statusListIndex"] = "131072";
  expect_error(check_one(message_entry), "RANGE_ERROR");
}

TEST_F(CheckCredentialStatusTest, MultiBitStatusesNeedACompleteMessageTable) {
  const std::string url = "https://issuer.example/status/8";
  source_.add(url, list_credential(url, "message", {}));
  boost::json::object message_entry = entry("message", "1", url);
  message_entry["statusSize"] = 2;
  expect_error(check_one(message_entry), "MALFORMED_VALUE_ERROR");
  message_entry["statusMessage"] = boost::json::parse(
      R"([{"status": "0x0", "message": "a"}, {"status": "0x1", "message": "b"}])");
  expect_error(check_one(message_entry), "MALFORMED_VALUE_ERROR");
  message_entry["statusMessage"] = boost::json::parse(R"([
      {"status": "0x0", "message": "a"}, {"status": "0x1", "message": "b"},
      {"status": "0x1", "message": "c"}, {"status": "0x3", "message": "d"}])");
  expect_error(check_one(message_entry), "MALFORMED_VALUE_ERROR");
  message_entry["statusSize"] = 0;
  expect_error(check_one(message_entry), "MALFORMED_VALUE_ERROR");
  message_entry["statusSize"] = 9;  // wider than StatusLimits::max_status_size
  expect_error(check_one(message_entry), "MALFORMED_VALUE_ERROR");
}

TEST_F(CheckCredentialStatusTest, TheListsStatusSizeMustMatchTheEntrys) {
  boost::json::object list = list_credential(kRevocationList, "revocation", {8});
  list["credentialSubject"].as_object()["statusSize"] = 2;
  source_.add(std::string(kRevocationList), list);
  expect_error(check_one(entry("revocation", "8", kRevocationList)), "STATUS_VERIFICATION_ERROR");
}

TEST_F(CheckCredentialStatusTest, BitstringListsMustUseTheMultibasePrefix) {
  boost::json::object list = list_credential(kRevocationList, "revocation", {8});
  std::string bare = list_with({8}).substr(1);
  list["credentialSubject"].as_object()["encodedList"] = bare;
  source_.add(std::string(kRevocationList), list);
  expect_error(check_one(entry("revocation", "8", kRevocationList)), "MALFORMED_VALUE_ERROR");
}

TEST_F(CheckCredentialStatusTest, ReadsStatusList2021) {
  // The shape of the StatusList2021 specification's examples (VC 1.1, no multibase prefix).
  const std::string url = "https://example.com/credentials/status/3";
  boost::json::object list = json_object(R"({
      "@context": ["https://www.w3.org/2018/credentials/v1",
                   "https://w3id.org/vc/status-list/2021/v1"],
      "id": "https://example.com/credentials/status/3",
      "type": ["VerifiableCredential", "StatusList2021Credential"],
      "issuer": "did:example:12345",
      "issuanceDate": "2021-04-05T14:27:40Z",
      "credentialSubject": {"id": "https://example.com/status/3#list", "type": "StatusList2021",
                            "statusPurpose": "revocation"}})");
  list["credentialSubject"].as_object()["encodedList"] = list_with({94567}).substr(1);
  source_.add(url, list);
  StatusCheck check = check_one(entry("revocation", "94567", url, "StatusList2021Entry"));
  EXPECT_EQ(check.outcome, StatusCheck::kSet) << check.message;
  EXPECT_EQ(check.entry_type, "StatusList2021Entry");
  EXPECT_EQ(check_one(entry("revocation", "94566", url, "StatusList2021Entry")).outcome,
            StatusCheck::kClear);
  // A StatusList2021Entry does not accept a BitstringStatusListCredential, nor the reverse.
  expect_error(check_one(entry("revocation", "8", kRevocationList, "StatusList2021Entry")),
               "STATUS_VERIFICATION_ERROR");
  expect_error(check_one(entry("revocation", "94567", url)), "STATUS_VERIFICATION_ERROR");
}

TEST_F(CheckCredentialStatusTest, Reads1EdTechRevocationLists) {
  const std::string url = "https://issuer.example/revocations";
  source_.add(url, json_object(R"({
      "id": "https://issuer.example/revocations",
      "issuer": "did:example:issuer",
      "revokedCredentials": [
        {"id": "urn:uuid:11111111-2222-3333-4444-555555555555", "revocationReason": "other"},
        {"id": "urn:uuid:4b6a4c1e-0c8b-4f34-9d5a-9a1c2f3e4d5c",
         "revocationReason": "Issued in error"},
        {"id": "urn:uuid:66666666-2222-3333-4444-555555555555", "revoked": false}]})"));
  boost::json::object status{{"id", url}, {"type", "1EdTechRevocationList"}};
  StatusCheck check = check_one(status);
  EXPECT_EQ(check.outcome, StatusCheck::kSet) << check.message;
  EXPECT_EQ(check.purpose, "revocation");
  EXPECT_EQ(check.entry_type, "1EdTechRevocationList");
  EXPECT_EQ(check.list_url, url);
  EXPECT_TRUE(check.list_document.has_value());
  EXPECT_NE(check.message.find("Issued in error"), std::string::npos) << check.message;

  boost::json::object other = credential_with(status);
  other["id"] = "urn:uuid:66666666-2222-3333-4444-555555555555";  // listed with revoked: false
  std::vector<StatusCheck> checks = check_credential_status(other, source_, kNow);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].outcome, StatusCheck::kClear) << checks[0].message;

  other["id"] = "urn:uuid:77777777-2222-3333-4444-555555555555";  // not listed
  checks = check_credential_status(other, source_, kNow);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].outcome, StatusCheck::kClear);

  other.erase("id");
  checks = check_credential_status(other, source_, kNow);
  ASSERT_EQ(checks.size(), 1u);
  expect_error(checks[0], "MALFORMED_VALUE_ERROR");
}

TEST_F(CheckCredentialStatusTest, UnsupportedTypesAndShapesAreErrors) {
  StatusCheck check = check_one(
      boost::json::object{{"id", "https://x.example/1"}, {"type", "RevocationList2020Status"}});
  expect_error(check, "UNSUPPORTED_STATUS_TYPE");
  EXPECT_EQ(check.entry_type, "RevocationList2020Status");
  expect_error(check_one("https://issuer.example/status/1"), "MALFORMED_VALUE_ERROR");
  expect_error(check_one(boost::json::array{42}), "MALFORMED_VALUE_ERROR");
}

TEST_F(CheckCredentialStatusTest, TooManyEntriesGiveOneError) {
  boost::json::array entries;
  for (int i = 0; i < 17; ++i) entries.push_back(entry("revocation", "8", kRevocationList));
  expect_error(check_one(entries), "MALFORMED_VALUE_ERROR");
  entries.pop_back();
  EXPECT_EQ(check(entries).size(), 16u);
}

TEST_F(CheckCredentialStatusTest, AGzipBombInAListIsAnError) {
  StatusLimits limits;
  limits.max_decompressed_bytes = 16384;  // exactly the minimum list
  boost::json::object list = list_credential(kRevocationList, "revocation", {8});
  source_.add(std::string(kRevocationList), list);
  EXPECT_EQ(check_one(entry("revocation", "8", kRevocationList), limits).outcome,
            StatusCheck::kSet);
  list["credentialSubject"].as_object()["encodedList"] =
      "u" + crypto::encode_base64url(gzip_compress(std::vector<std::uint8_t>(16385, 0)));
  source_.add(std::string(kRevocationList), list);
  const StatusCheck check = check_one(entry("revocation", "8", kRevocationList), limits);
  expect_error(check, "MALFORMED_VALUE_ERROR");
  EXPECT_NE(check.message.find("limit exceeded"), std::string::npos) << check.message;
}

}  // namespace
}  // namespace cairn::vc::status
