// The JSON form of an achievement definition: what `POST /api/v1/orgs/{org}/achievements` takes,
// what the database stores for each version, and what the API shows. One reader and one writer,
// so what is stored always reads back through the same checks.
//
//   {"name": "Data analysis with Python", "description": "...",
//    "achievement_type": "MicroCredential", "criteria": "...",
//    "learning_outcomes": ["Cleans a tabular data set", ...],
//    "workload": {"ects": 2, "hours": 50}, "eqf_level": 5,
//    "assessment": "Project graded by an assessor", "participation": "Online",
//    "quality_assurance": "Internal review board", "language": "en",
//    "human_code": "DA-101", "field_of_study": "Computer science",
//    "specialization": "Data analysis",
//    "skills": [{"uri": "http://data.europa.eu/esco/skill/...", "name": "...",
//                "framework": "ESCO", "code": "..."}],
//    "image": "https://...", "tags": ["python"], "validity_days": 730}
//
// Rules: name (200 bytes), description (4000) required; achievement_type one of OB 3.0's
// AchievementType values or an "ext:" term (default MicroCredential); a MicroCredential must
// carry the EU Council Recommendation's mandatory elements: at least one learning outcome, a
// workload, the type of assessment, the form of participation and the type of quality
// assurance (the EQF level only "where applicable", so it stays optional); other types may omit
// them. Limits: 50 learning outcomes, 100 skills, 50 tags; human_code 100 bytes, field_of_study and
// specialization 200; eqf_level 1-8; ECTS up to 1000, hours
// up to 100,000; validity_days 1-36,500. Unknown fields are refused.
//
// Thread-safety: free functions.
#pragma once

#include <boost/json/object.hpp>

#include "common/result.h"
#include "model/achievement.h"

namespace cairn::app {

// The definition `json` holds, or Error "invalid request" naming the field at fault.
Result<model::AchievementDefinition> read_achievement_definition(const boost::json::object& json);

// The JSON form above; read_achievement_definition reads it back to an equal definition.
boost::json::object achievement_definition_json(const model::AchievementDefinition& definition);

}  // namespace cairn::app
