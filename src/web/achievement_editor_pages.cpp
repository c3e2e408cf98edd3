#include "web/achievement_editor_pages.h"

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/achievement_definition.h"
#include "app/achievement_images.h"
#include "app/achievements.h"
#include "common/date_time.h"
#include "http/form_data.h"
#include "media/badge_image.h"
#include "web/account_pages.h"

namespace cairn::web {
namespace {

namespace json = boost::json;

constexpr std::string_view kAchievementTypes[] = {
    "MicroCredential", "Badge",   "Certificate", "Course", "Competency",
    "Certification",   "License", "Diploma",     "Award",  "Achievement"};

// The items of `text` separated by `separator` (one per line by default), trimmed, empty ones
// left out.
std::vector<std::string> lines_of(const std::string& text, char separator = '\n') {
  std::vector<std::string> lines;
  std::size_t from = 0;
  while (from <= text.size()) {
    const std::size_t end = std::min(text.find(separator, from), text.size());
    std::string line = text.substr(from, end - from);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    while (!line.empty() && line.front() == ' ') line.erase(0, 1);
    if (!line.empty()) lines.push_back(std::move(line));
    from = end + 1;
  }
  return lines;
}

// The editor's fields named `name`, so that an empty field removes what `definition` held.
void replace_member(json::object& definition, std::string_view name, const std::string& text,
                    bool numeric = false) {
  definition.erase(name);
  put(definition, name, text, numeric);
}

// The achievement definition JSON (app/achievement_definition.h) the editor's fields describe,
// laid over `stored` (the current version's, when revising): what the editor does not show (a
// skill's framework and code) is kept.
json::object definition_of(const std::vector<http::FormField>& fields, json::object stored = {}) {
  const auto text = [&](std::string_view name) { return http::field_text(fields, name); };
  json::object definition = std::move(stored);
  replace_member(definition, "name", text("name"));
  replace_member(definition, "description", text("description"));
  replace_member(definition, "achievement_type", text("achievement_type"));
  replace_member(definition, "criteria", text("criteria"));
  definition.erase("learning_outcomes");
  json::array outcomes;
  for (const std::string& line : lines_of(text("learning_outcomes"))) outcomes.emplace_back(line);
  if (!outcomes.empty()) definition["learning_outcomes"] = std::move(outcomes);
  definition.erase("workload");
  json::object workload;
  put(workload, "ects", text("workload_ects"), true);
  put(workload, "hours", text("workload_hours"), true);
  if (!workload.empty()) definition["workload"] = std::move(workload);
  replace_member(definition, "eqf_level", text("eqf_level"), true);
  replace_member(definition, "assessment", text("assessment"));
  replace_member(definition, "participation", text("participation"));
  replace_member(definition, "quality_assurance", text("quality_assurance"));
  replace_member(definition, "language", text("language"));
  replace_member(definition, "human_code", text("human_code"));
  replace_member(definition, "field_of_study", text("field_of_study"));
  replace_member(definition, "specialization", text("specialization"));
  definition.erase("tags");
  json::array tags;  // "python, data analysis": separated by commas
  for (std::string tag : lines_of(text("tags"), ',')) tags.emplace_back(std::move(tag));
  if (!tags.empty()) definition["tags"] = std::move(tags);
  replace_member(definition, "image", text("image"));
  replace_member(definition, "validity_days", text("validity_days"), true);
  std::map<std::string, json::object, std::less<>> stored_skills;  // by URI
  if (const json::value* known = definition.if_contains("skills"); known && known->is_array()) {
    for (const json::value& skill : known->get_array()) {
      if (skill.is_object() && skill.get_object().contains("uri") &&
          skill.get_object().at("uri").is_string()) {
        stored_skills[std::string(skill.get_object().at("uri").get_string())] = skill.get_object();
      }
    }
  }
  definition.erase("skills");
  json::array skills;
  for (const std::string& line : lines_of(text("skills"))) {
    // "URI name of the skill": the URI up to the first space, the name after it.
    const std::size_t space = line.find(' ');
    const std::string uri = line.substr(0, space);
    const auto known = stored_skills.find(uri);
    json::object skill = known == stored_skills.end() ? json::object{{"uri", uri}} : known->second;
    if (space != std::string::npos) skill["name"] = line.substr(space + 1);
    skills.emplace_back(std::move(skill));
  }
  if (!skills.empty()) definition["skills"] = std::move(skills);
  return definition;
}

// The editor's fields for a stored definition (the inverse of definition_of).
std::vector<http::FormField> fields_of(const json::object& definition) {
  std::vector<http::FormField> fields;
  const auto add = [&](std::string name, std::string value) {
    http::FormField& field = fields.emplace_back();
    field.name = std::move(name);
    field.value = std::move(value);
  };
  const auto scalar = [](const json::value& value) {
    return value.is_string() ? std::string(value.get_string()) : json::serialize(value);
  };
  for (const char* name :
       {"name", "description", "achievement_type", "criteria", "eqf_level", "assessment",
        "participation", "quality_assurance", "language", "human_code", "field_of_study",
        "specialization", "image", "validity_days"}) {
    if (const json::value* value = definition.if_contains(name)) add(name, scalar(*value));
  }
  std::string tags;
  if (const json::value* list = definition.if_contains("tags"); list && list->is_array()) {
    for (const json::value& tag : list->get_array())
      tags += (tags.empty() ? "" : ", ") + scalar(tag);
  }
  add("tags", tags);
  if (const json::value* workload = definition.if_contains("workload");
      workload && workload->is_object()) {
    if (const json::value* ects = workload->get_object().if_contains("ects"))
      add("workload_ects", scalar(*ects));
    if (const json::value* hours = workload->get_object().if_contains("hours"))
      add("workload_hours", scalar(*hours));
  }
  std::string outcomes;
  if (const json::value* list = definition.if_contains("learning_outcomes");
      list && list->is_array()) {
    for (const json::value& outcome : list->get_array()) outcomes += scalar(outcome) + "\n";
  }
  add("learning_outcomes", outcomes);
  std::string skills;
  if (const json::value* list = definition.if_contains("skills"); list && list->is_array()) {
    for (const json::value& skill : list->get_array()) {
      if (!skill.is_object()) continue;
      const json::object& object = skill.get_object();
      if (const json::value* uri = object.if_contains("uri")) skills += scalar(*uri);
      if (const json::value* name = object.if_contains("name")) skills += " " + scalar(*name);
      skills += "\n";
    }
  }
  add("skills", skills);
  return fields;
}

class AchievementEditorPages {
 public:
  explicit AchievementEditorPages(const ConsoleServices& services)
      : pages_(services.pages), database_(services.database), instance_(services.instance) {}

  http::Response editor(const http::RequestContext& context,
                        const std::vector<http::FormField>* submitted = nullptr,
                        const Error* problem = nullptr) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    const std::string org(context.parameter("org"));
    const std::string achievement_id(context.parameter("achievement"));
    std::vector<http::FormField> stored;
    if (!achievement_id.empty() && submitted == nullptr) {  // revising: the current version
      Result<model::Achievement> current =
          app::read_achievement(database_, page.session->principal, org, achievement_id);
      if (!current) return pages_.failure(context, page, current.error());
      stored = fields_of(app::achievement_definition_json(current->definition));
      submitted = &stored;
    }
    ctemplate::TemplateDictionary values("editor");
    values.SetValue("ORG_ID", org);
    values.SetValue("CSRF_TOKEN", page.session->csrf_token);
    values.SetValue("FORM_ACTION", "/console/" + org + "/achievements" +
                                       (achievement_id.empty() ? "" : "/" + achievement_id));
    values.ShowSection(achievement_id.empty() ? "NEW" : "REVISE");
    const std::string chosen_type =
        submitted ? http::field_text(*submitted, "achievement_type") : "MicroCredential";
    for (const std::string_view type : kAchievementTypes) {
      ctemplate::TemplateDictionary* option = values.AddSectionDictionary("TYPES");
      option->SetValue("TYPE", std::string(type));
      if (type == chosen_type) option->ShowSection("SELECTED");
    }
    const std::string chosen_level = submitted ? http::field_text(*submitted, "eqf_level") : "";
    for (int level = 1; level <= 8; ++level) {
      ctemplate::TemplateDictionary* option = values.AddSectionDictionary("LEVELS");
      option->SetIntValue("LEVEL", level);
      if (chosen_level == std::to_string(level)) option->ShowSection("SELECTED");
    }
    if (submitted) {
      for (const char* name : {"name", "description", "criteria", "learning_outcomes",
                               "workload_ects", "workload_hours", "assessment", "participation",
                               "quality_assurance", "language", "human_code", "field_of_study",
                               "specialization", "tags", "image", "validity_days", "skills"}) {
        std::string upper(name);
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        values.SetValue(upper, http::field_text(*submitted, name));
      }
    }
    const std::string image = submitted ? http::field_text(*submitted, "image") : "";
    if (image.starts_with("https://") || image.starts_with("http://")) {
      values.SetValueAndShowSection("IMAGE_PREVIEW", image, "HAS_IMAGE_PREVIEW");
    }
    const std::string colour = submitted ? http::field_text(*submitted, "badge_colour") : "";
    values.SetValue("BADGE_COLOUR", media::parse_badge_colour(colour) ? colour : "#1f5f8b");
    if (submitted && http::field_text(*submitted, "draw_badge") == "on") {
      values.ShowSection("DRAW_CHECKED");
    }
    PageOptions options;
    if (problem != nullptr) {
      show_problem(values, options, std::string(pages_.message(page, "console.error_definition")),
                   *problem);
    }
    return pages_.respond(
        context, page, "console_achievement.tpl",
        achievement_id.empty() ? "console.new_achievement" : "console.edit_achievement", values,
        std::move(options));
  }

  http::Response define(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const std::string org(context.parameter("org"));
    const std::string achievement_id(context.parameter("achievement"));
    json::object stored;  // the current version's definition, when revising
    if (!achievement_id.empty()) {
      Result<model::Achievement> current =
          app::read_achievement(database_, form.page.session->principal, org, achievement_id);
      if (!current) return editor(context, &form.fields, &current.error());
      stored = app::achievement_definition_json(current->definition);
    }
    // A form refused for its other fields stores no picture.
    if (Result<bool> readable = check_without_picture(form.fields, stored); !readable) {
      return editor(context, &form.fields, &readable.error());
    }
    if (Result<bool> pictured = store_chosen_image(form, org); !pictured) {
      return editor(context, &form.fields, &pictured.error());
    }
    const json::object definition = definition_of(form.fields, std::move(stored));
    const Result<model::Achievement> saved =
        achievement_id.empty()
            ? app::define_achievement(database_, form.page.session->principal, org, definition,
                                      current_time())
            : app::revise_achievement(database_, form.page.session->principal, org, achievement_id,
                                      definition, current_time());
    if (!saved) return editor(context, &form.fields, &saved.error());
    return see_other(context.request, "/console/" + org);
  }

  // Whether the definition the form describes reads, leaving the "image" field out when the form
  // chose a picture to store (its URL is known only once stored).
  static Result<bool> check_without_picture(std::vector<http::FormField> fields,
                                            const json::object& stored) {
    if (picture_chosen(fields)) {
      std::erase_if(fields, [](const http::FormField& field) { return field.name == "image"; });
    }
    Result<model::AchievementDefinition> read =
        app::read_achievement_definition(definition_of(fields, stored));
    if (!read) return read.error();
    return true;
  }

  static bool picture_chosen(const std::vector<http::FormField>& fields) {
    const http::FormField* file = http::find_field(fields, "image_file");
    return (file != nullptr && file->is_file && !file->value.empty()) ||
           http::field_text(fields, "draw_badge") == "on";
  }

  // The picture the editor's form chose, stored and put in its "image" field as a URL: an
  // uploaded file, else (draw_badge) a badge drawn from the name in badge_colour; else the
  // "image" field stays as typed.
  Result<bool> store_chosen_image(SignedInForm& form, const std::string& org) const {
    const http::FormField* file = http::find_field(form.fields, "image_file");
    Result<std::string> url = Error{"", ""};
    if (file != nullptr && file->is_file && !file->value.empty()) {
      url = app::store_achievement_image(
          database_, instance_, form.page.session->principal, org,
          {reinterpret_cast<const std::uint8_t*>(file->value.data()), file->value.size()},
          current_time());
    } else if (http::field_text(form.fields, "draw_badge") == "on") {
      url = app::draw_achievement_image(database_, instance_, form.page.session->principal, org,
                                        http::field_text(form.fields, "name"),
                                        http::field_text(form.fields, "badge_colour"),
                                        current_time());
    } else {
      return true;
    }
    if (!url) return url.error();
    std::erase_if(form.fields, [](const http::FormField& field) {
      return field.name == "image" || field.name == "image_file" || field.name == "draw_badge";
    });
    form.fields.push_back(http::FormField{"image", *url, false, "", ""});
    return true;
  }

 private:
  const PageResponder& pages_;
  store::Database& database_;
  app::Instance instance_;
};

}  // namespace

void add_achievement_editor_pages(http::Router& router, const ConsoleServices& services) {
  auto editor = std::make_shared<const AchievementEditorPages>(services);
  router.add(http::Verb::get, "/console/{org}/achievements/new",
             [editor](const http::RequestContext& context) { return editor->editor(context); });
  router.add(http::Verb::get, "/console/{org}/achievements/{achievement}/edit",
             [editor](const http::RequestContext& context) { return editor->editor(context); });
  router.add(http::Verb::post, "/console/{org}/achievements/{achievement}",
             [editor](const http::RequestContext& context) { return editor->define(context); });
  router.add(http::Verb::post, "/console/{org}/achievements",
             [editor](const http::RequestContext& context) { return editor->define(context); });
}

}  // namespace cairn::web
