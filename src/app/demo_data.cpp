#include "app/demo_data.h"

#include <boost/json/parse.hpp>

#include "app/achievements.h"
#include "app/award_credentials.h"
#include "app/create_user.h"
#include "app/credential_status.h"
#include "store/repositories/account_repository.h"

namespace cairn::app {
namespace {

constexpr std::string_view kPython = R"json({
  "name": "Data Analysis with Python",
  "description": "Cleaning, exploring and charting tabular data with Python and pandas.",
  "criteria": "A data analysis project on a public data set, assessed against a rubric.",
  "learning_outcomes": ["Loads and cleans a tabular data set",
                        "Summarises and charts distributions and relationships",
                        "Writes a reproducible analysis notebook"],
  "workload": {"ects": 2, "hours": 50}, "eqf_level": 5,
  "assessment": "Project graded by an assessor against a published rubric",
  "participation": "Online, self-paced, with weekly tutor sessions",
  "quality_assurance": "Reviewed yearly by the academy's quality board",
  "language": "en", "validity_days": 1095, "tags": ["python", "data"],
  "skills": [{"uri": "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
              "name": "Python (computer programming)", "framework": "ESCO"}]})json";

constexpr std::string_view kFirstAid = R"json({
  "name": "Workplace First Aid",
  "description": "First aid for common workplace injuries and emergencies.",
  "learning_outcomes": ["Assesses a casualty and calls for help",
                        "Performs CPR and uses an AED",
                        "Treats bleeding, burns and fractures until help arrives"],
  "workload": {"hours": 16}, "eqf_level": 3,
  "assessment": "Practical scenarios observed by a certified instructor",
  "participation": "In person", "quality_assurance": "Instructors certified by a national body",
  "language": "en", "validity_days": 730})json";

constexpr std::string_view kGit = R"json({
  "name": "Version Control with Git", "achievement_type": "Badge",
  "description": "Everyday Git: commits, branches, merges and pull requests.",
  "criteria": "Completed three guided exercises and a merge-conflict challenge."})json";

}  // namespace

Result<DemoData> seed_demo_data(store::Database& database, const Instance& instance,
                                const std::string& admin_email, TimePoint now) {
  Result<std::pair<std::int64_t, std::optional<store::StoredUser>>> state =
      database.read([&](store::Connection& connection) {
        return std::pair{
            connection.query_one("SELECT COUNT(*) AS n FROM organisations")->get<std::int64_t>("n"),
            store::find_user_by_email(connection, admin_email)};
      });
  if (!state) return state.error();
  if (!state->second) return Error{"unknown account", "no account has the e-mail " + admin_email};
  DemoData demo;
  if (state->first > 0) return demo;
  // The local administrator acts here with every scope, as the command line is trusted.
  const Principal admin{state->second->user, {"read", "write", "issue", "revoke"}, "cli"};

  OrganisationProfile academy;
  academy.name = "Cairn Demo Academy";
  academy.url = "https://academy.demo.cairn.example";
  academy.description = "A demonstration issuer: short, practical courses with micro-credentials.";
  academy.country = "IE";
  Result<model::Organisation> organisation =
      create_organisation(database, instance, admin, academy, now);
  if (!organisation) return organisation.error();
  demo.organisation_id = organisation->id;
  for (std::string_view definition : {kPython, kFirstAid, kGit}) {
    Result<model::Achievement> achievement = define_achievement(
        database, admin, organisation->id, boost::json::parse(definition).as_object(), now);
    if (!achievement) return achievement.error();
    demo.achievement_ids.push_back(achievement->id);
  }

  struct Earner {
    const char* email;
    const char* name;
    std::vector<std::size_t> achievements;
  };
  const std::vector<Earner> earners = {{"ada@demo.cairn.example", "Ada Lovelace", {0, 1}},
                                       {"grace@demo.cairn.example", "Grace Hopper", {0, 2}},
                                       {"alan@demo.cairn.example", "Alan Turing", {1}}};
  for (const Earner& earner : earners) {
    Result<model::User> user =
        create_user(database, {earner.email, earner.name, std::nullopt, false}, now);
    if (!user) return user.error();
    for (std::size_t index : earner.achievements) {
      AwardRequest request;
      request.recipient = {model::RecipientType::kEmail, earner.email, earner.name};
      Result<std::vector<model::IssuedCredential>> issued = award_credentials(
          database, instance, admin, organisation->id, demo.achievement_ids[index], {request}, now);
      if (!issued) return issued.error();
      demo.credential_ids.push_back(issued->front().id);
    }
  }
  // Alan's first aid credential was issued in error: the demo shows a revoked one.
  Result<model::IssuedCredential> revoked = change_credential_status(
      database, admin, demo.credential_ids.back(), StatusChange::kRevoke, "Issued in error", now);
  if (!revoked) return revoked.error();
  demo.seeded = true;
  return demo;
}

}  // namespace cairn::app
