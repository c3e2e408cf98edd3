// Achievement definitions (the JSON form, the EU micro-credential rules, the OB 3.0 Achievement
// they become) and the achievement use cases on a real SQLite database.
#include "app/achievements.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>

#include "app/achievement_definition.h"
#include "app/api_tokens.h"
#include "app/create_organisation.h"
#include "app/open_badges_achievement.h"
#include "app/open_badges_context.h"
#include "crypto/master_key.h"
#include "service_database.h"
#include "vc/structure/credential_structure.h"

namespace cairn::app {
namespace {

using namespace std::chrono_literals;

const TimePoint kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 29} + 16h;

boost::json::object micro_credential() {
  return boost::json::parse(R"json({
    "name": "Data analysis with Python",
    "description": "Cleaning, exploring and charting tabular data.",
    "criteria": "A graded project on a public data set.",
    "learning_outcomes": ["Cleans a tabular data set", "Charts a distribution"],
    "workload": {"ects": 2, "hours": 50.5},
    "eqf_level": 5,
    "assessment": "Project graded by an assessor",
    "participation": "Online, self-paced",
    "quality_assurance": "Reviewed by the faculty board",
    "language": "en-GB",
    "human_code": "DA-101",
    "field_of_study": "Computer science",
    "specialization": "Data analysis",
    "skills": [{"uri": "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
                "name": "Python (computer programming)", "framework": "ESCO"}],
    "image": "https://badges.example.edu/images/python.png",
    "tags": ["python", "data"],
    "validity_days": 730
  })json")
      .as_object();
}

OrganisationProfile named(std::string name) {
  OrganisationProfile organisation;
  organisation.name = std::move(name);
  return organisation;
}

std::string invalid_message(const boost::json::object& json) {
  Result<model::AchievementDefinition> read = read_achievement_definition(json);
  if (read) return "(accepted)";
  EXPECT_EQ(read.error().code, "invalid request");
  return read.error().message;
}

TEST(AchievementDefinition, ReadsAndWritesBackTheSameJson) {
  Result<model::AchievementDefinition> read = read_achievement_definition(micro_credential());
  ASSERT_TRUE(read) << read.error().to_string();
  EXPECT_EQ(read->achievement_type, "MicroCredential");
  EXPECT_EQ(read->eqf_level, 5);
  EXPECT_EQ(read->workload_hours, 50.5);
  ASSERT_EQ(read->skills.size(), 1u);
  EXPECT_EQ(read->skills[0].framework, "ESCO");
  boost::json::object expected = micro_credential();
  expected["achievement_type"] = "MicroCredential";  // the default, written out
  EXPECT_EQ(boost::json::value(achievement_definition_json(*read)), boost::json::value(expected));
}

TEST(AchievementDefinition, AMicroCredentialMustStateTheEuElements) {
  boost::json::object json = micro_credential();
  for (const char* key : {"learning_outcomes", "workload", "assessment", "quality_assurance"}) {
    json.erase(key);
  }
  const std::string message = invalid_message(json);
  for (const char* key : {"learning_outcomes", "workload", "assessment", "quality_assurance"}) {
    EXPECT_NE(message.find(key), std::string::npos) << message;
  }
  EXPECT_EQ(message.find("participation"), std::string::npos) << message;
  json["achievement_type"] = "Badge";
  EXPECT_TRUE(read_achievement_definition(json)) << "other types may leave them out";
}

TEST(AchievementDefinition, RefusesBadFieldsNamingThem) {
  const auto with = [](std::string_view key, boost::json::value value) {
    boost::json::object json = micro_credential();
    json[key] = std::move(value);
    return json;
  };
  EXPECT_NE(invalid_message(with("colour", "blue")).find("unknown field \"colour\""),
            std::string::npos);
  EXPECT_NE(invalid_message(with("eqf_level", 9)).find("eqf_level"), std::string::npos);
  EXPECT_NE(invalid_message(with("eqf_level", "5")).find("eqf_level"), std::string::npos);
  EXPECT_NE(invalid_message(with("language", "english language")).find("BCP 47"),
            std::string::npos);
  EXPECT_NE(invalid_message(with("achievement_type", "Trophy")).find("AchievementType"),
            std::string::npos);
  EXPECT_TRUE(read_achievement_definition(with("achievement_type", "ext:Trophy")));
  EXPECT_NE(invalid_message(with("image", "javascript:alert(1)")).find("image"), std::string::npos);
  EXPECT_NE(invalid_message(with("workload", boost::json::object{{"ects", -1}})).find("ects"),
            std::string::npos);
  EXPECT_NE(invalid_message(with("workload", boost::json::object{})).find("workload"),
            std::string::npos);
  EXPECT_NE(invalid_message(with("name", "line\u0001break")).find("control"), std::string::npos);
  EXPECT_NE(invalid_message(with("name", boost::json::string(std::string(201, 'x')))).find("name"),
            std::string::npos);
  boost::json::array skills{boost::json::object{{"uri", "not a url"}, {"name", "x"}}};
  EXPECT_NE(invalid_message(with("skills", skills)).find("skills[0].uri"), std::string::npos);
  boost::json::array many(51, "outcome");
  EXPECT_NE(invalid_message(with("learning_outcomes", many)).find("at most 50"), std::string::npos);
}

// The OB 3.0 Achievement, inside an otherwise complete credential, passes the OB 3.0 tables and
// carries every EU element.
TEST(OpenBadgesAchievement, IsAValidOb3AchievementWithTheEuElements) {
  const model::AchievementDefinition definition = *read_achievement_definition(micro_credential());
  const std::string id = "https://badges.example.edu/achievements/abc/versions/3";
  const boost::json::object achievement = open_badges_achievement(definition, id, 3);
  boost::json::object credential{
      {"@context", open_badges_context()},
      {"id", "urn:uuid:5a3e4c56-1f0c-4b8e-9a55-3f4d0e4c2a11"},
      {"type", boost::json::array{"VerifiableCredential", "OpenBadgeCredential"}},
      {"issuer", {{"id", "did:web:badges.example.edu"}, {"type", "Profile"}, {"name", "Demo"}}},
      {"validFrom", "2026-11-29T16:00:00Z"},
      {"name", "Data analysis with Python"},
      {"credentialSubject",
       {{"type", boost::json::array{"AchievementSubject"}},
        {"id", "did:example:learner"},
        {"achievement", achievement}}}};
  const vc::structure::StructureReport report =
      vc::structure::validate_credential_structure(credential);
  for (const auto& issue : report.issues) ADD_FAILURE() << issue.path << ": " << issue.message;

  EXPECT_EQ(achievement.at("id").as_string(), id);
  EXPECT_EQ(achievement.at("version"), "3");
  EXPECT_EQ(achievement.at("creditsAvailable"), 2);
  EXPECT_EQ(achievement.at("inLanguage"), "en-GB");
  EXPECT_EQ(achievement.at("humanCode"), "DA-101");
  EXPECT_EQ(achievement.at("fieldOfStudy"), "Computer science");
  EXPECT_EQ(achievement.at("specialization"), "Data analysis");
  const std::string narrative(achievement.at("criteria").at("narrative").as_string());
  EXPECT_NE(narrative.find("A graded project"), std::string::npos);
  EXPECT_NE(narrative.find("- Charts a distribution"), std::string::npos);
  std::map<std::string, std::string> elements;  // targetCode or targetType -> targetName
  for (const auto& alignment : achievement.at("alignment").as_array()) {
    const auto& object = alignment.as_object();
    const std::string key(object.contains("targetCode") ? object.at("targetCode").as_string()
                                                        : object.at("targetType").as_string());
    elements[key] = std::string(object.at("targetName").as_string());
  }
  EXPECT_EQ(elements["ceasn:Competency"], "Python (computer programming)");
  EXPECT_EQ(elements["5"], "EQF level 5");
  EXPECT_EQ(elements["workload"], "2 ECTS credits, 50.5 hours");
  EXPECT_EQ(elements["assessment"], "Project graded by an assessor");
  EXPECT_EQ(elements["participation"], "Online, self-paced");
  EXPECT_EQ(elements["quality-assurance"], "Reviewed by the faculty board");
}

// On SQLite and on PostgreSQL.
class AchievementsTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    owner_ = principal(service_.account_with_token("owner@example.org", {"read", "write"}));
    organisation_ = create_organisation(service_.get(), instance_, owner_, named("Demo"), kNow)->id;
    service_.account_with_token("viewer@example.org", {"read", "write"});
    service_.add_member(organisation_, "viewer@example.org", model::Role::kViewer);
  }

  Principal principal(const std::string& token) {
    return *authenticate_api_token(service_.get(), token, kNow);
  }

  cairn::testing::ServiceDatabase service_{GetParam()};
  const crypto::MasterKey master_key_ = crypto::MasterKey::generate();
  const Instance instance_{"https://badges.example.edu", &master_key_, nullptr};
  Principal owner_;
  std::string organisation_;
};

TEST_P(AchievementsTest, RevisingAddsAVersionAndKeepsTheOldOne) {
  Result<model::Achievement> made =
      define_achievement(service_.get(), owner_, organisation_, micro_credential(), kNow);
  ASSERT_TRUE(made) << made.error().to_string();
  EXPECT_EQ(made->version, 1);
  EXPECT_EQ(achievement_version_url(instance_, *made),
            "https://badges.example.edu/achievements/" + made->id + "/versions/1");

  boost::json::object changed = micro_credential();
  changed["name"] = "Data analysis with Python and pandas";
  Result<model::Achievement> revised =
      revise_achievement(service_.get(), owner_, organisation_, made->id, changed, kNow + 1h);
  ASSERT_TRUE(revised) << revised.error().to_string();
  EXPECT_EQ(revised->version, 2);
  EXPECT_EQ(revised->created_at, made->created_at);

  EXPECT_EQ(published_achievement(service_.get(), made->id, 1)->definition.name,
            "Data analysis with Python");
  EXPECT_EQ(published_achievement(service_.get(), made->id, std::nullopt)->definition.name,
            "Data analysis with Python and pandas");
  EXPECT_EQ(published_achievement(service_.get(), made->id, 3).error().code, "not found");
  EXPECT_EQ(read_achievement(service_.get(), owner_, organisation_, made->id)->version, 2);
}

TEST_P(AchievementsTest, OnlyAdminsAndOwnersDefineAndOnlyMembersRead) {
  const Principal viewer =
      principal(service_.another_token("viewer@example.org", {"read", "write"}));
  EXPECT_EQ(define_achievement(service_.get(), viewer, organisation_, micro_credential(), kNow)
                .error()
                .code,
            "forbidden");
  const model::Achievement made =
      *define_achievement(service_.get(), owner_, organisation_, micro_credential(), kNow);
  EXPECT_EQ(
      revise_achievement(service_.get(), viewer, organisation_, made.id, micro_credential(), kNow)
          .error()
          .code,
      "forbidden");
  EXPECT_TRUE(read_achievement(service_.get(), viewer, organisation_, made.id));

  const Principal outsider =
      principal(service_.account_with_token("outsider@example.org", {"read", "write"}));
  EXPECT_EQ(read_achievement(service_.get(), outsider, organisation_, made.id).error().code,
            "forbidden");
  // The outsider's own organisation cannot reach into another's achievements.
  const std::string other =
      create_organisation(service_.get(), instance_, outsider, named("Other"), kNow)->id;
  EXPECT_EQ(read_achievement(service_.get(), outsider, other, made.id).error().code, "not found");
  EXPECT_EQ(revise_achievement(service_.get(), outsider, other, made.id, micro_credential(), kNow)
                .error()
                .code,
            "not found");
  const Principal read_only = principal(service_.another_token("owner@example.org", {"read"}));
  EXPECT_EQ(define_achievement(service_.get(), read_only, organisation_, micro_credential(), kNow)
                .error()
                .code,
            "forbidden");
}

TEST_P(AchievementsTest, ListsPageByPage) {
  std::vector<std::string> ids;
  for (int i = 0; i < 5; ++i) {
    boost::json::object json = micro_credential();
    json["name"] = "Course " + std::to_string(i);
    ids.push_back(
        define_achievement(service_.get(), owner_, organisation_, json, kNow + i * 1min)->id);
  }
  std::vector<std::string> seen;
  std::optional<std::string> after;
  for (int page = 0; page < 4; ++page) {
    Result<std::vector<model::Achievement>> listed =
        list_achievements(service_.get(), owner_, organisation_, 2, after);
    ASSERT_TRUE(listed) << listed.error().to_string();
    for (const auto& achievement : *listed) seen.push_back(achievement.id);
    if (listed->empty()) break;
    after = listed->back().id;
  }
  EXPECT_EQ(seen, ids);
  EXPECT_EQ(list_achievements(service_.get(), owner_, organisation_, 0, {}).error().code,
            "invalid request");
}

INSTANTIATE_BACKEND_TESTS(AchievementsTest);

}  // namespace
}  // namespace cairn::app
