// Achievements: what an organisation awards, defined once and versioned.
//
// An achievement's definition holds Open Badges 3.0's Achievement fields and the mandatory
// elements of the EU Council Recommendation on micro-credentials (2022, Annex I). Editing adds a
// version; a credential names the version it was issued under, so what it promised never
// changes under it. docs/issue-4-platform.md maps each element onto OB 3.0.
//
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cairn::model {

// A skill the achievement certifies, as a term of a skills framework (ESCO, O*NET, ...).
struct Skill {
  std::string uri;   // the framework's URI for the skill
  std::string name;  // its preferred label
  std::optional<std::string> framework;
  std::optional<std::string> code;
};

struct AchievementDefinition {
  std::string name;
  std::string description;
  std::string achievement_type = "MicroCredential";  // OB 3.0 AchievementType or "ext:..."
  std::optional<std::string> criteria;               // what earning it takes, in words
  std::vector<std::string> learning_outcomes;
  std::optional<double> workload_ects;           // notional workload in ECTS credits
  std::optional<double> workload_hours;          // notional workload in hours
  std::optional<int> eqf_level;                  // 1 to 8, where the achievement has one
  std::optional<std::string> assessment;         // type of assessment
  std::optional<std::string> participation;      // form of participation
  std::optional<std::string> quality_assurance;  // type of quality assurance
  std::optional<std::string> language;           // BCP 47 tag of the language of instruction
  std::optional<std::string> human_code;         // the provider's own code, e.g. "DA-101"
  std::optional<std::string> field_of_study;     // e.g. "Computer science"
  std::optional<std::string> specialization;     // e.g. "Data analysis"
  std::vector<Skill> skills;
  std::optional<std::string> image;  // URL of the badge image
  std::vector<std::string> tags;
  std::optional<int> validity_days;  // credentials expire this long after issue, unless told
};

struct Achievement {
  std::string id;  // random hex
  std::string organisation_id;
  std::int64_t version = 1;  // the version `definition` is
  AchievementDefinition definition;
  std::string created_at;  // of the achievement
  std::string version_created_at;
};

}  // namespace cairn::model
