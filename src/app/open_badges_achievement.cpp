#include "app/open_badges_achievement.h"

#include <boost/json/array.hpp>
#include <cstdio>

#include "app/json_fields.h"

namespace cairn::app {
namespace {

constexpr std::string_view kEuRecommendation =
    "Council Recommendation of 16 June 2022 on a European approach to micro-credentials";

boost::json::object alignment(std::string_view name, std::string_view url) {
  return {{"type", boost::json::array{"Alignment"}}, {"targetName", name}, {"targetUrl", url}};
}

boost::json::object eu_element(std::string_view id, std::string_view element,
                               std::string_view value) {
  boost::json::object json = alignment(value, std::string(id) + "#" + std::string(element));
  json["targetType"] = "ext:EUMicroCredentialElement";
  json["targetCode"] = element;
  json["targetFramework"] = kEuRecommendation;
  return json;
}

std::string amount(double number) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", number);
  return text;
}

std::string workload_text(const model::AchievementDefinition& definition) {
  std::string text;
  if (definition.workload_ects) text = amount(*definition.workload_ects) + " ECTS credits";
  if (definition.workload_hours) {
    text += (text.empty() ? "" : ", ") + amount(*definition.workload_hours) + " hours";
  }
  return text;
}

boost::json::object criteria(const model::AchievementDefinition& definition, std::string_view id) {
  std::string narrative = definition.criteria.value_or("");
  if (!definition.learning_outcomes.empty()) {
    narrative += (narrative.empty() ? "" : "\n\n") + std::string("Learning outcomes:\n");
    for (const std::string& outcome : definition.learning_outcomes) {
      narrative += "\n- " + outcome;
    }
  }
  if (narrative.empty()) return {{"id", id}};
  return {{"narrative", narrative}};
}

boost::json::array alignments(const model::AchievementDefinition& definition, std::string_view id) {
  boost::json::array list;
  for (const model::Skill& skill : definition.skills) {
    boost::json::object json = alignment(skill.name, skill.uri);
    json["targetType"] = "ceasn:Competency";
    if (skill.framework) json["targetFramework"] = *skill.framework;
    if (skill.code) json["targetCode"] = *skill.code;
    list.emplace_back(std::move(json));
  }
  if (definition.eqf_level) {
    const std::string level = std::to_string(*definition.eqf_level);
    boost::json::object json =
        alignment("EQF level " + level, "http://data.europa.eu/snb/eqf/" + level);
    json["targetFramework"] = "European Qualifications Framework";
    json["targetCode"] = level;
    list.emplace_back(std::move(json));
  }
  if (definition.workload_ects || definition.workload_hours) {
    list.emplace_back(eu_element(id, "workload", workload_text(definition)));
  }
  if (definition.assessment)
    list.emplace_back(eu_element(id, "assessment", *definition.assessment));
  if (definition.participation) {
    list.emplace_back(eu_element(id, "participation", *definition.participation));
  }
  if (definition.quality_assurance) {
    list.emplace_back(eu_element(id, "quality-assurance", *definition.quality_assurance));
  }
  return list;
}

}  // namespace

boost::json::object open_badges_achievement(const model::AchievementDefinition& definition,
                                            std::string_view id, std::int64_t version) {
  boost::json::object json{{"id", id},
                           {"type", boost::json::array{"Achievement"}},
                           {"achievementType", definition.achievement_type},
                           {"name", definition.name},
                           {"description", definition.description},
                           {"criteria", criteria(definition, id)},
                           {"version", std::to_string(version)}};
  if (definition.workload_ects) json["creditsAvailable"] = json_number(*definition.workload_ects);
  if (definition.language) json["inLanguage"] = *definition.language;
  if (definition.human_code) json["humanCode"] = *definition.human_code;
  if (definition.field_of_study) json["fieldOfStudy"] = *definition.field_of_study;
  if (definition.specialization) json["specialization"] = *definition.specialization;
  if (definition.image) {
    json["image"] = boost::json::object{{"id", *definition.image}, {"type", "Image"}};
  }
  if (!definition.tags.empty()) {
    boost::json::array tags;
    for (const std::string& tag : definition.tags) tags.emplace_back(tag);
    json["tag"] = std::move(tags);
  }
  boost::json::array list = alignments(definition, id);
  if (!list.empty()) json["alignment"] = std::move(list);
  return json;
}

}  // namespace cairn::app
