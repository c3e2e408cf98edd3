#include "app/achievement_definition.h"

#include <algorithm>

#include "app/json_fields.h"
#include "vc/structure/open_badges_vocabulary.h"
#include "vc/structure/value_checks.h"

namespace cairn::app {
namespace {

constexpr TextRule kName{200, false};
constexpr TextRule kParagraph{4000, true};
constexpr TextRule kLine{1000, false};
constexpr TextRule kLabel{200, false};

std::vector<std::string> text_list(JsonFields& fields, std::string_view key, std::size_t max_items,
                                   TextRule rule) {
  std::vector<std::string> items;
  const boost::json::array& array = fields.array(key, max_items);
  for (std::size_t i = 0; i < array.size(); ++i) {
    items.push_back(
        checked_text(array[i], fields.name_of(key) + "[" + std::to_string(i) + "]", rule));
  }
  return items;
}

model::Skill read_skill(const boost::json::value& value, const std::string& path) {
  if (!value.is_object()) refuse_request("\"" + path + "\" must be an object");
  JsonFields fields(value.get_object(), path);
  model::Skill skill;
  std::optional<std::string> uri = fields.optional_url("uri");
  if (!uri) refuse_request("\"" + path + ".uri\" is required");
  skill.uri = std::move(*uri);
  skill.name = fields.text("name", kLabel);
  skill.framework = fields.optional_text("framework", kLabel);
  skill.code = fields.optional_text("code", {100, false});
  fields.finish();
  return skill;
}

// BCP 47 in its common shape: a 2-8 letter primary subtag, then 1-8 letter-or-digit subtags.
bool is_language_tag(std::string_view tag) {
  std::size_t start = 0;
  bool first = true;
  while (start <= tag.size()) {
    const std::size_t end = std::min(tag.find('-', start), tag.size());
    const std::string_view part = tag.substr(start, end - start);
    const bool letters_only = std::all_of(part.begin(), part.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    const bool alphanumeric = std::all_of(part.begin(), part.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (first ? (part.size() < 2 || part.size() > 8 || !letters_only)
              : (part.empty() || part.size() > 8 || !alphanumeric)) {
      return false;
    }
    first = false;
    start = end + 1;
  }
  return true;
}

void require_micro_credential_elements(const model::AchievementDefinition& definition) {
  std::vector<std::string> missing;
  if (definition.learning_outcomes.empty()) missing.emplace_back("learning_outcomes");
  if (!definition.workload_ects && !definition.workload_hours) missing.emplace_back("workload");
  if (!definition.assessment) missing.emplace_back("assessment");
  if (!definition.participation) missing.emplace_back("participation");
  if (!definition.quality_assurance) missing.emplace_back("quality_assurance");
  if (missing.empty()) return;
  std::string list;
  for (const std::string& field : missing) list += (list.empty() ? "" : ", ") + field;
  refuse_request("a MicroCredential must state the EU micro-credential elements; missing: " + list +
                 " (or choose another achievement_type, such as Badge)");
}

model::AchievementDefinition read(const boost::json::object& json) {
  JsonFields fields(json);
  model::AchievementDefinition definition;
  definition.name = fields.text("name", kName);
  definition.description = fields.text("description", kParagraph);
  if (std::optional<std::string> type = fields.optional_text("achievement_type", kLabel)) {
    const auto& known = vc::structure::achievement_types();
    if (std::find(known.begin(), known.end(), *type) == known.end() &&
        !vc::structure::is_extension_term(*type)) {
      refuse_request(
          "\"achievement_type\" must be an Open Badges 3.0 AchievementType (such as "
          "MicroCredential, Badge, Certificate, Course) or an extension term \"ext:<name>\"");
    }
    definition.achievement_type = std::move(*type);
  }
  definition.criteria = fields.optional_text("criteria", {8000, true});
  definition.learning_outcomes = text_list(fields, "learning_outcomes", 50, kLine);
  if (const boost::json::object* workload = fields.optional_object("workload")) {
    JsonFields workload_fields(*workload, "workload");
    definition.workload_ects = workload_fields.optional_number("ects", 0.1, 1000);
    definition.workload_hours = workload_fields.optional_number("hours", 0.5, 100000);
    workload_fields.finish();
    if (!definition.workload_ects && !definition.workload_hours) {
      refuse_request("\"workload\" needs \"ects\" or \"hours\"");
    }
  }
  if (std::optional<std::int64_t> level = fields.optional_integer("eqf_level", 1, 8)) {
    definition.eqf_level = static_cast<int>(*level);
  }
  definition.assessment = fields.optional_text("assessment", kLine);
  definition.participation = fields.optional_text("participation", kLine);
  definition.quality_assurance = fields.optional_text("quality_assurance", kLine);
  definition.language = fields.optional_text("language", {35, false});
  if (definition.language && !is_language_tag(*definition.language)) {
    refuse_request("\"language\" must be a BCP 47 language tag such as \"en\" or \"pt-BR\"");
  }
  definition.human_code = fields.optional_text("human_code", {100, false});
  definition.field_of_study = fields.optional_text("field_of_study", {200, false});
  definition.specialization = fields.optional_text("specialization", {200, false});
  const boost::json::array& skills = fields.array("skills", 100);
  for (std::size_t i = 0; i < skills.size(); ++i) {
    definition.skills.push_back(read_skill(skills[i], "skills[" + std::to_string(i) + "]"));
  }
  definition.image = fields.optional_url("image");
  definition.tags = text_list(fields, "tags", 50, {100, false});
  if (std::optional<std::int64_t> days = fields.optional_integer("validity_days", 1, 36500)) {
    definition.validity_days = static_cast<int>(*days);
  }
  fields.finish();
  if (definition.achievement_type == "MicroCredential") {
    require_micro_credential_elements(definition);
  }
  return definition;
}

void put_optional(boost::json::object& json, std::string_view key,
                  const std::optional<std::string>& value) {
  if (value) json[key] = *value;
}

boost::json::array text_array(const std::vector<std::string>& items) {
  boost::json::array array;
  for (const std::string& item : items) array.emplace_back(item);
  return array;
}

}  // namespace

Result<model::AchievementDefinition> read_achievement_definition(const boost::json::object& json) {
  return capture([&] { return read(json); });
}

boost::json::object achievement_definition_json(const model::AchievementDefinition& definition) {
  boost::json::object json{{"name", definition.name},
                           {"description", definition.description},
                           {"achievement_type", definition.achievement_type}};
  put_optional(json, "criteria", definition.criteria);
  if (!definition.learning_outcomes.empty()) {
    json["learning_outcomes"] = text_array(definition.learning_outcomes);
  }
  if (definition.workload_ects || definition.workload_hours) {
    boost::json::object workload;
    if (definition.workload_ects) workload["ects"] = json_number(*definition.workload_ects);
    if (definition.workload_hours) workload["hours"] = json_number(*definition.workload_hours);
    json["workload"] = std::move(workload);
  }
  if (definition.eqf_level) json["eqf_level"] = *definition.eqf_level;
  put_optional(json, "assessment", definition.assessment);
  put_optional(json, "participation", definition.participation);
  put_optional(json, "quality_assurance", definition.quality_assurance);
  put_optional(json, "language", definition.language);
  put_optional(json, "human_code", definition.human_code);
  put_optional(json, "field_of_study", definition.field_of_study);
  put_optional(json, "specialization", definition.specialization);
  if (!definition.skills.empty()) {
    boost::json::array skills;
    for (const model::Skill& skill : definition.skills) {
      boost::json::object item{{"uri", skill.uri}, {"name", skill.name}};
      put_optional(item, "framework", skill.framework);
      put_optional(item, "code", skill.code);
      skills.emplace_back(std::move(item));
    }
    json["skills"] = std::move(skills);
  }
  put_optional(json, "image", definition.image);
  if (!definition.tags.empty()) json["tags"] = text_array(definition.tags);
  if (definition.validity_days) json["validity_days"] = *definition.validity_days;
  return json;
}

}  // namespace cairn::app
