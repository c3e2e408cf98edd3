// Tests of validate_credential_structure: the tables applied to hand-written credentials.
#include "vc/structure/credential_structure.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "canon/json/json_parser.h"
#include "test_credentials.h"

namespace cairn::vc::structure {
namespace {

namespace json = boost::json;

json::object parse_object(std::string_view text) {
  Result<json::value> value = canon::json::parse_json(text);
  EXPECT_TRUE(value.ok()) << (value.ok() ? "" : value.error().to_string());
  return value.ok() ? value->as_object() : json::object{};
}

// The value at `pointer` (RFC 6901 without escapes: "/credentialSubject/achievement/0").
json::value& at(json::value& root, std::string_view pointer) {
  json::value* current = &root;
  while (!pointer.empty()) {
    pointer.remove_prefix(1);
    const std::size_t end = pointer.find('/');
    const std::string token(pointer.substr(0, end));
    pointer = end == std::string_view::npos ? std::string_view{} : pointer.substr(end);
    current = current->is_array() ? &current->as_array().at(std::stoul(token))
                                  : &current->as_object().at(token);
  }
  return *current;
}

void split_last(std::string_view pointer, std::string_view& parent, std::string& last) {
  const std::size_t slash = pointer.rfind('/');
  parent = pointer.substr(0, slash);
  last = std::string(pointer.substr(slash + 1));
}

json::object without(std::string_view text, std::string_view pointer) {
  json::value root = parse_object(text);
  std::string_view parent;
  std::string last;
  split_last(pointer, parent, last);
  EXPECT_EQ(at(root, parent).as_object().erase(last), 1u) << pointer;
  return root.as_object();
}

json::object with(std::string_view text, std::string_view pointer, json::value replacement) {
  json::value root = parse_object(text);
  at(root, pointer) = std::move(replacement);
  return root.as_object();
}

std::string describe(const StructureReport& report) {
  std::string out;
  for (const StructureIssue& issue : report.issues) {
    out += std::string(to_string(issue.severity)) + " " + issue.path + ": " + issue.message + "\n";
  }
  return out;
}

const StructureIssue* find_error(const StructureReport& report, std::string_view path) {
  for (const StructureIssue& issue : report.issues) {
    if (issue.severity == Severity::kError && issue.path == path) return &issue;
  }
  return nullptr;
}

TEST(CredentialStructure, MinimalOpenBadgePasses) {
  const StructureReport report =
      validate_credential_structure(parse_object(testing::kMinimalOpenBadge));
  EXPECT_TRUE(report.ok()) << describe(report);
  EXPECT_TRUE(report.issues.empty()) << describe(report);
  EXPECT_EQ(report.kind, CredentialKind::kOpenBadge);
  EXPECT_EQ(report.vc_version, 2);
}

TEST(CredentialStructure, FullOpenBadgeWithEveryClassPasses) {
  const StructureReport report =
      validate_credential_structure(parse_object(testing::kFullOpenBadge));
  EXPECT_TRUE(report.issues.empty()) << describe(report);
}

TEST(CredentialStructure, UnknownExtraFieldsAreAllowed) {
  json::object credential = parse_object(testing::kMinimalOpenBadge);
  credential["extensionField"] = json::object{{"anything", json::array{1, 2}}};
  credential["credentialSubject"].as_object()["achievement"].as_object()["ext:level"] = 3;
  const StructureReport report = validate_credential_structure(credential);
  EXPECT_TRUE(report.issues.empty()) << describe(report);
}

struct RemovedField {
  std::string_view pointer;        // what the test removes
  std::string_view expected_path;  // where the error must point
};

// Every required field of every class in kFullOpenBadge, with the path a person should be shown.
const RemovedField kRequiredFields[] = {
    {"/@context", "$['@context']"},
    {"/id", "$.id"},
    {"/type", "$.type"},
    {"/issuer", "$.issuer"},
    {"/validFrom", "$.validFrom"},
    {"/credentialSubject", "$.credentialSubject"},
    {"/issuer/id", "$.issuer.id"},
    {"/issuer/type", "$.issuer.type"},
    {"/issuer/address/type", "$.issuer.address.type"},
    {"/issuer/address/geo/latitude", "$.issuer.address.geo.latitude"},
    {"/issuer/address/geo/type", "$.issuer.address.geo.type"},
    {"/issuer/otherIdentifier/0/identifier", "$.issuer.otherIdentifier[0].identifier"},
    {"/issuer/otherIdentifier/0/identifierType", "$.issuer.otherIdentifier[0].identifierType"},
    {"/issuer/parentOrg/id", "$.issuer.parentOrg.id"},
    {"/image/id", "$.image.id"},
    {"/image/type", "$.image.type"},
    {"/credentialSubject/type", "$.credentialSubject.type"},
    {"/credentialSubject/achievement", "$.credentialSubject.achievement"},
    {"/credentialSubject/identifier/0/type", "$.credentialSubject.identifier[0].type"},
    {"/credentialSubject/identifier/0/hashed", "$.credentialSubject.identifier[0].hashed"},
    {"/credentialSubject/identifier/0/identityHash",
     "$.credentialSubject.identifier[0].identityHash"},
    {"/credentialSubject/identifier/0/identityType",
     "$.credentialSubject.identifier[0].identityType"},
    {"/credentialSubject/result/0/type", "$.credentialSubject.result[0].type"},
    {"/credentialSubject/source/type", "$.credentialSubject.source.type"},
    {"/credentialSubject/achievement/id", "$.credentialSubject.achievement.id"},
    {"/credentialSubject/achievement/type", "$.credentialSubject.achievement.type"},
    {"/credentialSubject/achievement/name", "$.credentialSubject.achievement.name"},
    {"/credentialSubject/achievement/description", "$.credentialSubject.achievement.description"},
    {"/credentialSubject/achievement/criteria", "$.credentialSubject.achievement.criteria"},
    {"/credentialSubject/achievement/alignment/0/targetName",
     "$.credentialSubject.achievement.alignment[0].targetName"},
    {"/credentialSubject/achievement/alignment/0/targetUrl",
     "$.credentialSubject.achievement.alignment[0].targetUrl"},
    {"/credentialSubject/achievement/alignment/0/type",
     "$.credentialSubject.achievement.alignment[0].type"},
    {"/credentialSubject/achievement/related/0/id",
     "$.credentialSubject.achievement.related[0].id"},
    {"/credentialSubject/achievement/resultDescription/0/id",
     "$.credentialSubject.achievement.resultDescription[0].id"},
    {"/credentialSubject/achievement/resultDescription/0/name",
     "$.credentialSubject.achievement.resultDescription[0].name"},
    {"/credentialSubject/achievement/resultDescription/0/resultType",
     "$.credentialSubject.achievement.resultDescription[0].resultType"},
    {"/credentialSubject/achievement/resultDescription/0/rubricCriterionLevel/0/name",
     "$.credentialSubject.achievement.resultDescription[0].rubricCriterionLevel[0].name"},
    {"/credentialSubject/achievement/endorsement/0/@context",
     "$.credentialSubject.achievement.endorsement[0]['@context']"},
    {"/credentialSubject/achievement/endorsement/0/id",
     "$.credentialSubject.achievement.endorsement[0].id"},
    {"/credentialSubject/achievement/endorsement/0/name",
     "$.credentialSubject.achievement.endorsement[0].name"},
    {"/credentialSubject/achievement/endorsement/0/issuer",
     "$.credentialSubject.achievement.endorsement[0].issuer"},
    {"/credentialSubject/achievement/endorsement/0/validFrom",
     "$.credentialSubject.achievement.endorsement[0].validFrom"},
    {"/credentialSubject/achievement/endorsement/0/credentialSubject/id",
     "$.credentialSubject.achievement.endorsement[0].credentialSubject.id"},
    {"/credentialSubject/achievement/endorsement/0/credentialSubject/type",
     "$.credentialSubject.achievement.endorsement[0].credentialSubject.type"},
    {"/evidence/0/type", "$.evidence[0].type"},
    {"/credentialStatus/id", "$.credentialStatus.id"},
    {"/credentialStatus/type", "$.credentialStatus.type"},
    {"/credentialSchema/0/id", "$.credentialSchema[0].id"},
    {"/credentialSchema/0/type", "$.credentialSchema[0].type"},
    {"/refreshService/id", "$.refreshService.id"},
    {"/refreshService/type", "$.refreshService.type"},
    {"/termsOfUse/type", "$.termsOfUse.type"},
    {"/proof/0/type", "$.proof[0].type"},
};

TEST(CredentialStructure, EachRequiredFieldRemovedIsAnErrorNamingItsPath) {
  for (const RemovedField& removed : kRequiredFields) {
    const StructureReport report =
        validate_credential_structure(without(testing::kFullOpenBadge, removed.pointer));
    EXPECT_FALSE(report.ok()) << removed.pointer;
    const StructureIssue* issue = find_error(report, removed.expected_path);
    ASSERT_NE(issue, nullptr) << removed.pointer << " gave:\n" << describe(report);
    EXPECT_NE(issue->message.find("missing"), std::string::npos) << issue->message;
  }
}

struct WrongValue {
  std::string_view pointer;
  std::string_view replacement;  // JSON text
  std::string_view expected_path;
  std::string_view expected_words;  // a part of the message that says what was expected
};

const WrongValue kWrongValues[] = {
    {"/issuer/id", "5", "$.issuer.id", "found a number"},
    {"/issuer", "\"not a uri\"", "$.issuer", "a URI or a Profile object"},
    {"/credentialSubject/achievement/criteria", "\"be good\"",
     "$.credentialSubject.achievement.criteria", "a Criteria object, found a string"},
    {"/validFrom", "\"yesterday\"", "$.validFrom", "xsd:dateTimeStamp"},
    {"/validFrom", "\"2024-01-01T00:00:00\"", "$.validFrom", "time zone is missing"},
    {"/credentialSubject/identifier/0/hashed", "\"false\"",
     "$.credentialSubject.identifier[0].hashed", "true or false"},
    {"/credentialSubject/creditsEarned", "\"3\"", "$.credentialSubject.creditsEarned",
     "a number, found a string"},
    {"/credentialSubject/achievement/alignment/0/targetUrl", "\"framework page\"",
     "$.credentialSubject.achievement.alignment[0].targetUrl", "URI string with a scheme"},
    {"/credentialSubject/result/0/status", "\"Done\"", "$.credentialSubject.result[0].status",
     "\"Completed\""},
    {"/credentialSubject/achievement/endorsementJwt/0", "\"not-a-jws\"",
     "$.credentialSubject.achievement.endorsementJwt[0]", "compact JWS"},
    {"/issuer/dateOfBirth", "\"1990-02-30\"", "$.issuer.dateOfBirth", "YYYY-MM-DD"},
    {"/image/type", "[\"Image\"]", "$.image.type", "not an array"},
    {"/image/type", "\"Picture\"", "$.image.type", "must be \"Image\""},
    {"/type", "[\"VerifiableCredential\", \"AchievementCredential\", \"Extra\"]", "", ""},
    {"/type", "[\"OpenBadgeCredential\"]", "$.type", "must include \"VerifiableCredential\""},
    {"/credentialSubject/type", "[\"Learner\"]", "$.credentialSubject.type",
     "must include \"AchievementSubject\"; found \"Learner\""},
    {"/@context/0", "\"https://example.org/credentials/v2\"", "$['@context'][0]",
     "\"https://www.w3.org/ns/credentials/v2\""},
    {"/@context/1", "\"https://example.org/context.json\"", "$['@context'][1]",
     "Open Badges 3.0 context"},
    {"/@context/1", "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json\"", "", ""},
    {"/@context", "[\"https://www.w3.org/ns/credentials/v2\"]", "$['@context']", "at least 2"},
    {"/@context", "\"https://www.w3.org/ns/credentials/v2\"", "$['@context']", "has 1 entry"},
    {"/credentialSubject", "[]", "$.credentialSubject", "not an array"},
    {"/proof/0/created", "\"2024-13-01T00:00:00Z\"", "$.proof[0].created", "no such day"},
    {"/proof", "{\"type\": \"DataIntegrityProof\"}", "", ""},
};

TEST(CredentialStructure, WrongValuesAreErrorsNamingPathAndExpectation) {
  for (const WrongValue& wrong : kWrongValues) {
    const json::object credential =
        with(testing::kFullOpenBadge, wrong.pointer, *canon::json::parse_json(wrong.replacement));
    const StructureReport report = validate_credential_structure(credential);
    if (wrong.expected_path.empty()) {
      EXPECT_TRUE(report.ok()) << wrong.pointer << " = " << wrong.replacement << ":\n"
                               << describe(report);
      continue;
    }
    const StructureIssue* issue = find_error(report, wrong.expected_path);
    ASSERT_NE(issue, nullptr) << wrong.pointer << " = " << wrong.replacement << " gave:\n"
                              << describe(report);
    EXPECT_NE(issue->message.find(wrong.expected_words), std::string::npos) << issue->message;
  }
}

TEST(CredentialStructure, ExtensionTermsOfExtensibleEnumerationsPass) {
  const json::object credential = with(
      testing::kFullOpenBadge, "/credentialSubject/achievement/achievementType", "ext:Program");
  EXPECT_TRUE(validate_credential_structure(credential).ok());
}

TEST(CredentialStructure, UnprefixedTermsOfExtensibleEnumerationsAreWarnings) {
  const json::object credential = with(
      testing::kFullOpenBadge, "/credentialSubject/achievement/achievementType", "\"Program\"");
  const StructureReport report = validate_credential_structure(credential);
  EXPECT_TRUE(report.ok()) << describe(report);
  ASSERT_EQ(report.count(Severity::kWarning), 1u) << describe(report);
  const auto warning = std::find_if(
      report.issues.begin(), report.issues.end(),
      [](const StructureIssue& issue) { return issue.severity == Severity::kWarning; });
  EXPECT_EQ(warning->path, "$.credentialSubject.achievement.achievementType");
  EXPECT_NE(warning->message.find("\"ext:\""), std::string::npos) << warning->message;
}

TEST(CredentialStructure, SingleObjectWhereTablesAskForAnArrayIsAWarning) {
  json::value root = parse_object(testing::kFullOpenBadge);
  json::value identity = at(root, "/credentialSubject/identifier/0");
  at(root, "/credentialSubject/identifier") = identity;
  const StructureReport report = validate_credential_structure(root.as_object());
  EXPECT_TRUE(report.ok()) << describe(report);
  ASSERT_EQ(report.issues.size(), 1u) << describe(report);
  EXPECT_EQ(report.issues[0].path, "$.credentialSubject.identifier");
  EXPECT_EQ(report.issues[0].severity, Severity::kWarning);
}

TEST(CredentialStructure, SubjectWithoutIdOrIdentifierIsAWarning) {
  const StructureReport report =
      validate_credential_structure(without(testing::kMinimalOpenBadge, "/credentialSubject/id"));
  EXPECT_TRUE(report.ok());
  ASSERT_EQ(report.issues.size(), 1u) << describe(report);
  EXPECT_EQ(report.issues[0].path, "$.credentialSubject");
  EXPECT_NE(report.issues[0].message.find("`id` or `identifier`"), std::string::npos);
}

TEST(CredentialStructure, TypeAsASingleStringIsAccepted) {
  const json::object credential =
      with(testing::kMinimalOpenBadge, "/credentialSubject/type", "AchievementSubject");
  EXPECT_TRUE(validate_credential_structure(credential).issues.empty());
}

TEST(CredentialStructure, EndorsementCredentialIsCheckedByItsOwnTable) {
  constexpr std::string_view kEndorsement = R"({
    "@context": ["https://www.w3.org/ns/credentials/v2",
                 "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "id": "urn:uuid:e1", "type": ["VerifiableCredential", "EndorsementCredential"],
    "name": "An endorsement", "issuer": "did:example:endorser",
    "validFrom": "2024-01-01T00:00:00Z",
    "credentialSubject": {"id": "https://issuer.example/profile", "type": "EndorsementSubject"}
  })";
  const StructureReport report = validate_credential_structure(parse_object(kEndorsement));
  EXPECT_EQ(report.kind, CredentialKind::kEndorsement);
  EXPECT_TRUE(report.issues.empty()) << describe(report);
  const StructureReport missing_name =
      validate_credential_structure(without(kEndorsement, "/name"));
  EXPECT_NE(find_error(missing_name, "$.name"), nullptr) << describe(missing_name);
}

constexpr std::string_view kVc11OpenBadge = R"({
  "@context": ["https://www.w3.org/2018/credentials/v1",
               "https://purl.imsglobal.org/spec/ob/v3p0/context.json"],
  "id": "urn:uuid:v1", "type": ["VerifiableCredential", "OpenBadgeCredential"],
  "name": "Knot tying",
  "issuer": {"id": "https://issuer.example/profile", "type": "Profile"},
  "issuanceDate": "2020-01-01T00:00:00Z",
  "expirationDate": "2030-01-01T00:00:00Z",
  "credentialSubject": {
    "id": "did:example:learner", "type": "AchievementSubject",
    "achievement": {"id": "https://issuer.example/a/1", "type": "Achievement", "name": "Knots",
                    "description": "Ties knots.", "criteria": {"narrative": "Tie."}}
  }
})";

TEST(CredentialStructure, Vc11CredentialIsReadByTheVc11Tables) {
  const StructureReport report = validate_credential_structure(parse_object(kVc11OpenBadge));
  EXPECT_EQ(report.vc_version, 1);
  EXPECT_EQ(report.kind, CredentialKind::kOpenBadge);
  EXPECT_TRUE(report.issues.empty()) << describe(report);

  const StructureReport no_issuance =
      validate_credential_structure(without(kVc11OpenBadge, "/issuanceDate"));
  EXPECT_NE(find_error(no_issuance, "$.issuanceDate"), nullptr) << describe(no_issuance);
  // The OB 3.0 VC 1.1 table requires the credential's name; the VC 2.0 table of 3.0.3 does not.
  const StructureReport no_name = validate_credential_structure(without(kVc11OpenBadge, "/name"));
  EXPECT_NE(find_error(no_name, "$.name"), nullptr) << describe(no_name);
  const StructureReport bad_date =
      validate_credential_structure(with(kVc11OpenBadge, "/expirationDate", "2030-01-01"));
  EXPECT_NE(find_error(bad_date, "$.expirationDate"), nullptr) << describe(bad_date);
  // VC 1.1 has a Profile object as issuer in OB 3.0's table, not a bare URI.
  const StructureReport uri_issuer = validate_credential_structure(
      with(kVc11OpenBadge, "/issuer", "https://issuer.example/profile"));
  EXPECT_NE(find_error(uri_issuer, "$.issuer"), nullptr) << describe(uri_issuer);
}

TEST(CredentialStructure, OtherCredentialsGetTheVcCoreRules) {
  constexpr std::string_view kPlain = R"({
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    "type": ["VerifiableCredential"], "issuer": "did:example:issuer",
    "credentialSubject": [{"name": "Alice"}, {"name": "Bob"}]
  })";
  const StructureReport report = validate_credential_structure(parse_object(kPlain));
  EXPECT_EQ(report.kind, CredentialKind::kOtherVc);
  EXPECT_TRUE(report.issues.empty()) << describe(report);
  EXPECT_NE(find_error(validate_credential_structure(without(kPlain, "/credentialSubject")),
                       "$.credentialSubject"),
            nullptr);
  EXPECT_NE(find_error(validate_credential_structure(with(kPlain, "/issuer", json::object{})),
                       "$.issuer.id"),
            nullptr);
  EXPECT_NE(
      find_error(validate_credential_structure(with(kPlain, "/type/0", "Credential")), "$.type"),
      nullptr);
}

TEST(CredentialStructure, NestingBeyondTheDepthLimitIsReportedNotWalked) {
  // Profiles nested through parentOrg, deeper than the limit.
  json::object profile{{"id", "https://org.example/0"}, {"type", "Profile"}};
  for (int i = 1; i < 50; ++i) {
    profile = json::object{{"id", "https://org.example/" + std::to_string(i)},
                           {"type", "Profile"},
                           {"parentOrg", std::move(profile)}};
  }
  json::object credential = parse_object(testing::kMinimalOpenBadge);
  credential["issuer"] = std::move(profile);
  StructureLimits limits;
  limits.max_depth = 10;
  const StructureReport report = validate_credential_structure(credential, limits);
  EXPECT_FALSE(report.ok());
  ASSERT_FALSE(report.issues.empty());
  EXPECT_NE(report.issues.back().message.find("limit reached"), std::string::npos)
      << describe(report);
}

TEST(CredentialStructure, IssueAndValueLimitsStopTheWalk) {
  json::array evidence;
  for (int i = 0; i < 1000; ++i) evidence.push_back(json::object{{"type", "Wrong"}});
  json::object credential = parse_object(testing::kMinimalOpenBadge);
  credential["evidence"] = std::move(evidence);
  StructureLimits limits;
  limits.max_issues = 20;
  StructureReport report = validate_credential_structure(credential, limits);
  EXPECT_EQ(report.issues.size(), 21u);
  EXPECT_NE(report.issues.back().message.find("20 issues"), std::string::npos);

  limits = StructureLimits{};
  limits.max_values = 100;
  report = validate_credential_structure(credential, limits);
  ASSERT_FALSE(report.issues.empty());
  EXPECT_NE(report.issues.back().message.find("more than 100 values"), std::string::npos)
      << describe(report);
}

TEST(CredentialStructure, NotACredentialAtAllGivesErrorsNotACrash) {
  const StructureReport report = validate_credential_structure(json::object{{"hello", 1}});
  EXPECT_FALSE(report.ok());
  EXPECT_NE(find_error(report, "$['@context']"), nullptr);
  EXPECT_NE(find_error(report, "$.type"), nullptr);
  EXPECT_NE(find_error(report, "$.issuer"), nullptr);
  EXPECT_NE(find_error(report, "$.credentialSubject"), nullptr);
}

}  // namespace
}  // namespace cairn::vc::structure
