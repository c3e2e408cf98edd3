#include "web/console_pages.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "app/achievement_definition.h"
#include "app/achievement_images.h"
#include "app/achievements.h"
#include "app/award_credentials.h"
#include "app/award_request.h"
#include "app/bulk_award_upload.h"
#include "app/credential_status.h"
#include "app/csv_table.h"
#include "app/issued_credentials.h"
#include "app/issuer_keys.h"
#include "app/jobs.h"
#include "app/memberships.h"
#include "app/organisation_access.h"
#include "app/organisation_profile.h"
#include "common/date_time.h"
#include "crypto/random_text.h"
#include "http/form_data.h"
#include "http/percent_coding.h"
#include "media/badge_image.h"
#include "model/enum_names.h"
#include "web/account_pages.h"
#include "web/locale_format.h"

namespace cairn::web {
namespace {

namespace json = boost::json;

constexpr std::size_t kPreviewRows = 10;
constexpr std::size_t kCredentialsPerPage = 50;
// A checked CSV up to this size rides along in the page, so "start" needs no second upload.
constexpr std::size_t kCarriedCsvBytes = 2u << 20;

constexpr std::string_view kAchievementTypes[] = {
    "MicroCredential", "Badge",   "Certificate", "Course", "Competency",
    "Certification",   "License", "Diploma",     "Award",  "Achievement"};

// Sets a JSON member from a form field: absent when empty, a number when `numeric` and it reads
// as one (otherwise the text, so that the definition's reader names the field).
void put(json::object& object, std::string_view name, const std::string& text,
         bool numeric = false) {
  if (text.empty()) return;
  if (numeric) {
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error == std::errc() && end == text.data() + text.size()) {
      if (number == static_cast<double>(static_cast<std::int64_t>(number))) {
        object[name] = static_cast<std::int64_t>(number);
      } else {
        object[name] = number;
      }
      return;
    }
  }
  object[name] = text;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  while (from <= text.size()) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
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
// laid over `stored` (the current version's, when revising): what the editor does not show
// (tags, a skill's framework and code) is kept.
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
        "participation", "quality_assurance", "language", "image", "validity_days"}) {
    if (const json::value* value = definition.if_contains(name)) add(name, scalar(*value));
  }
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

// Shows `problem` on a form page, after `lead` (a sentence from the catalog, or nothing): the text
// in the FORM_ERROR section, and the status its code calls for.
void show_problem(ctemplate::TemplateDictionary& values, PageOptions& options,
                  const std::string& lead, const Error& problem) {
  values.SetValueAndShowSection(
      "FORM_ERROR_TEXT", lead.empty() ? problem.message : lead + " (" + problem.message + ")",
      "FORM_ERROR");
  options.status = problem.code == "forbidden"   ? http::Status::forbidden
                   : problem.code == "conflict"  ? http::Status::conflict
                   : problem.code == "not found" ? http::Status::not_found
                                                 : http::Status::bad_request;
}

class ConsolePages {
 public:
  ConsolePages(const PageResponder& pages, store::Database& database, app::Instance instance)
      : pages_(pages), database_(database), instance_(std::move(instance)) {}

  http::Response organisations(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    Result<std::vector<app::OrganisationView>> views =
        app::organisations_of(database_, page.session->principal);
    if (!views) return pages_.failure(context, page, views.error());
    ctemplate::TemplateDictionary values("console");
    for (const app::OrganisationView& view : *views) {
      ctemplate::TemplateDictionary* item = values.AddSectionDictionary("ORGANISATIONS");
      item->SetValue("ORG_ID", view.organisation.id);
      item->SetValue("NAME", view.organisation.name);
      if (view.role) {
        item->SetValue("ROLE", std::string(pages_.message(
                                   page, "role." + std::string(model::role_name(*view.role)))));
      }
    }
    values.ShowSection(views->empty() ? "NONE" : "SOME");
    return pages_.respond(context, page, "console.tpl", "console.title", values);
  }

  http::Response organisation(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    const std::string org(context.parameter("org"));
    Result<app::OrganisationView> view =
        app::read_organisation(database_, page.session->principal, org);
    if (!view) return pages_.failure(context, page, view.error());
    Result<std::vector<model::Achievement>> achievements =
        app::list_achievements(database_, page.session->principal, org, 200, std::nullopt);
    if (!achievements) return pages_.failure(context, page, achievements.error());
    ctemplate::TemplateDictionary values("organisation");
    values.SetValue("ORG_ID", org);
    values.SetValue("NAME", view->organisation.name);
    for (const model::Achievement& achievement : *achievements) {
      ctemplate::TemplateDictionary* item = values.AddSectionDictionary("ACHIEVEMENTS");
      item->SetValue("ACHIEVEMENT_ID", achievement.id);
      item->SetValue("ACHIEVEMENT_NAME", achievement.definition.name);
      item->SetValue("TYPE", achievement.definition.achievement_type);
      item->SetIntValue("VERSION", static_cast<long>(achievement.version));
    }
    values.ShowSection(achievements->empty() ? "NO_ACHIEVEMENTS" : "HAS_ACHIEVEMENTS");
    PageOptions options;
    options.title = view->organisation.name;
    return pages_.respond(context, page, "console_organisation.tpl", "console.title", values,
                          std::move(options));
  }

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
      for (const char* name :
           {"name", "description", "criteria", "learning_outcomes", "workload_ects",
            "workload_hours", "assessment", "participation", "quality_assurance", "language",
            "image", "validity_days", "skills"}) {
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
    if (Result<bool> pictured = store_chosen_image(form, org); !pictured) {
      return editor(context, &form.fields, &pictured.error());
    }
    Result<model::Achievement> saved = Error{"not found", "no such achievement"};
    if (achievement_id.empty()) {
      saved = app::define_achievement(database_, form.page.session->principal, org,
                                      definition_of(form.fields), current_time());
    } else {
      Result<model::Achievement> current =
          app::read_achievement(database_, form.page.session->principal, org, achievement_id);
      saved = current ? app::revise_achievement(
                            database_, form.page.session->principal, org, achievement_id,
                            definition_of(form.fields,
                                          app::achievement_definition_json(current->definition)),
                            current_time())
                      : current;
    }
    if (!saved) return editor(context, &form.fields, &saved.error());
    return see_other(context.request, "/console/" + org);
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

  http::Response bulk_form(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    ctemplate::TemplateDictionary values("bulk");
    fill_bulk_form(values, context, page, "", "deny");
    return pages_.respond(context, page, "console_bulk.tpl", "console.bulk_title", values);
  }

  http::Response bulk(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    const std::string org(context.parameter("org"));
    const http::FormField* file = http::find_field(fields, "csv_file");
    app::BulkUpload upload;
    upload.csv = file && file->is_file && !file->value.empty()
                     ? file->value
                     : http::field_text(fields, "csv_text");
    upload.duplicate_policy = http::field_text(fields, "duplicate_policy");
    if (upload.duplicate_policy.empty()) upload.duplicate_policy = "deny";
    const std::string key = http::field_text(fields, "idempotency_key");
    if (!key.empty()) upload.idempotency_key = key;
    upload.preview = http::field_text(fields, "action") != "start";

    ctemplate::TemplateDictionary values("bulk");
    fill_bulk_form(values, context, page, upload.csv.size() <= kCarriedCsvBytes ? upload.csv : "",
                   upload.duplicate_policy);
    if (upload.csv.empty()) {
      PageOptions options;
      show_problem(
          values, options, "",
          Error{"invalid request", std::string(pages_.message(page, "console.error_no_csv"))});
      return pages_.respond(context, page, "console_bulk.tpl", "console.bulk_title", values,
                            std::move(options));
    }
    Result<app::BulkUploadOutcome> outcome =
        app::upload_bulk_awards(database_, page.session->principal, org, upload, current_time());
    if (!outcome) {
      if (outcome.error().code == "forbidden") {
        return pages_.failure(context, page, outcome.error());
      }
      PageOptions options;
      show_problem(values, options, "", outcome.error());
      return pages_.respond(context, page, "console_bulk.tpl", "console.bulk_title", values,
                            std::move(options));
    }
    if (outcome->job) {
      return see_other(context.request, "/console/" + org + "/jobs/" + outcome->job->id);
    }
    fill_preview(values, page, upload.csv, *outcome);
    return pages_.respond(context, page, "console_bulk.tpl", "console.bulk_title", values);
  }

  http::Response job(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    Result<app::JobView> view =
        app::read_job(database_, page.session->principal, context.parameter("job"));
    if (!view || view->job.organisation_id != context.parameter("org")) {
      return pages_.failure(context, page,
                            view ? Error{"not found", "no such job here"} : view.error());
    }
    const model::Job& job = view->job;
    ctemplate::TemplateDictionary values("job");
    values.SetValue("ORG_ID", job.organisation_id);
    values.SetValue("JOB_ID", job.id);
    values.SetValue("STATE", std::string(pages_.message(page, "job.state_" + job.state)));
    values.SetValue("STATE_CODE", job.state);
    const std::int64_t done = job.issued + job.failed;
    values.SetIntValue("DONE", static_cast<long>(done));
    values.SetIntValue("TOTAL", static_cast<long>(job.total));
    values.SetValue("DONE_TEXT", format_count(page.language, static_cast<std::uint64_t>(done)));
    values.SetValue("TOTAL_TEXT",
                    format_count(page.language, static_cast<std::uint64_t>(job.total)));
    values.SetValue("ISSUED_TEXT",
                    format_count(page.language, static_cast<std::uint64_t>(job.issued)));
    values.SetValue("FAILED_TEXT",
                    format_count(page.language, static_cast<std::uint64_t>(job.failed)));
    for (const app::RowProblem& failure : view->failures) {
      ctemplate::TemplateDictionary* row = values.AddSectionDictionary("FAILURES");
      row->SetIntValue("ROW", static_cast<long>(failure.row));
      row->SetValue("MESSAGE", failure.message);
    }
    if (job.state == "queued" || job.state == "running") values.ShowSection("RUNNING");
    PageOptions options;
    options.scripts = {"progress.js"};
    return pages_.respond(context, page, "console_job.tpl", "console.job_title", values,
                          std::move(options));
  }

  http::Response credentials(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    const std::string org(context.parameter("org"));
    store::CredentialQuery query;
    query.organisation_id = org;
    const auto parameter = [&](std::string_view name) -> std::optional<std::string> {
      std::optional<std::string> value = context.query_parameter(name);
      if (value && value->empty()) return std::nullopt;
      return value;
    };
    query.achievement_id = parameter("achievement");
    query.recipient_contains = parameter("q");
    query.state = parameter("state");
    const std::size_t page_number = std::min<std::size_t>(
        std::strtoul(parameter("page").value_or("0").c_str(), nullptr, 10), 10'000);
    query.limit = kCredentialsPerPage + 1;  // one more tells whether a next page exists
    query.offset = page_number * kCredentialsPerPage;
    Result<std::vector<model::IssuedCredential>> listed =
        app::list_issued_credentials(database_, page.session->principal, query);
    if (!listed) return pages_.failure(context, page, listed.error());
    Result<std::vector<model::Achievement>> achievements =
        app::list_achievements(database_, page.session->principal, org, 200, std::nullopt);
    if (!achievements) return pages_.failure(context, page, achievements.error());

    ctemplate::TemplateDictionary values("credentials");
    values.SetValue("ORG_ID", org);
    values.SetValue("CSRF_TOKEN", page.session->csrf_token);
    values.SetValue("Q", query.recipient_contains.value_or(""));
    const std::string back =
        std::string(context.path) + (context.query.empty() ? "" : "?" + std::string(context.query));
    std::map<std::string, std::string, std::less<>> names;
    for (const model::Achievement& achievement : *achievements) {
      names[achievement.id] = achievement.definition.name;
      ctemplate::TemplateDictionary* option = values.AddSectionDictionary("ACHIEVEMENT_OPTIONS");
      option->SetValue("VALUE", achievement.id);
      option->SetValue("LABEL", achievement.definition.name);
      if (query.achievement_id == achievement.id) option->ShowSection("SELECTED");
    }
    for (const char* state : {"active", "revoked", "suspended", "declined"}) {
      ctemplate::TemplateDictionary* option = values.AddSectionDictionary("STATE_OPTIONS");
      option->SetValue("VALUE", state);
      option->SetValue("LABEL",
                       std::string(pages_.message(page, "credential_state." + std::string(state))));
      if (query.state == state) option->ShowSection("SELECTED");
    }
    const std::size_t shown = std::min(listed->size(), kCredentialsPerPage);
    for (std::size_t i = 0; i < shown; ++i) {
      const model::IssuedCredential& credential = (*listed)[i];
      ctemplate::TemplateDictionary* row = values.AddSectionDictionary("CREDENTIALS");
      row->SetValue("ID", credential.id);
      row->SetValue("RECIPIENT", credential.recipient.identifier);
      if (credential.recipient.name) {
        row->SetValueAndShowSection("RECIPIENT_NAME", *credential.recipient.name, "HAS_NAME");
      }
      const auto name = names.find(credential.achievement_id);
      row->SetValue("ACHIEVEMENT", name == names.end() ? credential.achievement_id : name->second);
      row->SetValue("ISSUED_ON", format_date_text(page.language, credential.issued_at));
      const std::string state = credential.revoked_at                              ? "revoked"
                                : credential.suspended_at                          ? "suspended"
                                : credential.claim == model::ClaimState::kDeclined ? "declined"
                                                                                   : "active";
      row->SetValue("STATE", std::string(pages_.message(page, "credential_state." + state)));
      row->SetValue("STATE_CODE", state);
      row->SetValue("CSRF_TOKEN", page.session->csrf_token);
      row->SetValue("ORG_ID", org);
      row->SetValue("BACK", back);
      if (!credential.revoked_at) {
        row->ShowSection("CAN_REVOKE");
        row->ShowSection(credential.suspended_at ? "CAN_UNSUSPEND" : "CAN_SUSPEND");
      }
    }
    values.ShowSection(shown == 0 ? "NO_CREDENTIALS" : "HAS_CREDENTIALS");
    const std::string filters =
        "&q=" + http::percent_encode(query.recipient_contains.value_or("")) +
        "&achievement=" + http::percent_encode(query.achievement_id.value_or("")) +
        "&state=" + http::percent_encode(query.state.value_or(""));
    if (page_number > 0) {
      values.SetValueAndShowSection(
          "PREVIOUS_HREF", "?page=" + std::to_string(page_number - 1) + filters, "HAS_PREVIOUS");
    }
    if (listed->size() > kCredentialsPerPage) {
      values.SetValueAndShowSection(
          "NEXT_HREF", "?page=" + std::to_string(page_number + 1) + filters, "HAS_NEXT");
    }
    return pages_.respond(context, page, "console_credentials.tpl", "console.credentials_title",
                          values);
  }

  http::Response change_status(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    const std::string action = http::field_text(fields, "action");
    const app::StatusChange change = action == "revoke"    ? app::StatusChange::kRevoke
                                     : action == "suspend" ? app::StatusChange::kSuspend
                                                           : app::StatusChange::kUnsuspend;
    if (action != "revoke" && action != "suspend" && action != "unsuspend") {
      return pages_.failure(
          context, page, Error{"invalid request", "action must be revoke, suspend or unsuspend"});
    }
    const std::string reason = http::field_text(fields, "reason");
    Result<model::IssuedCredential> changed = app::change_credential_status(
        database_, page.session->principal, context.parameter("id"), change,
        reason.empty() ? std::nullopt : std::optional<std::string>(reason), current_time());
    if (!changed) return pages_.failure(context, page, changed.error());
    if (changed->organisation_id != context.parameter("org")) {
      return pages_.failure(context, page, Error{"not found", "no such credential here"});
    }
    return see_other(
        context.request,
        local_path_or(http::field_text(fields, "back"),
                      "/console/" + std::string(context.parameter("org")) + "/credentials"));
  }

  // The form to award one credential; `submitted` and `problem` when a submission was refused.
  http::Response award_form(const http::RequestContext& context,
                            const std::vector<http::FormField>* submitted = nullptr,
                            const Error* problem = nullptr) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    const std::string org(context.parameter("org"));
    Result<std::vector<model::Achievement>> achievements =
        app::list_achievements(database_, page.session->principal, org, 200, std::nullopt);
    if (!achievements) return pages_.failure(context, page, achievements.error());
    ctemplate::TemplateDictionary values("award");
    values.SetValue("ORG_ID", org);
    values.SetValue("CSRF_TOKEN", page.session->csrf_token);
    const std::string chosen = submitted ? http::field_text(*submitted, "achievement")
                                         : context.query_parameter("achievement").value_or("");
    for (const model::Achievement& achievement : *achievements) {
      ctemplate::TemplateDictionary* option = values.AddSectionDictionary("ACHIEVEMENT_OPTIONS");
      option->SetValue("VALUE", achievement.id);
      option->SetValue("LABEL", achievement.definition.name);
      if (achievement.id == chosen) option->ShowSection("SELECTED");
    }
    if (submitted) {
      for (const char* name : {"recipient", "recipient_name", "evidence_url", "evidence_name",
                               "evidence_narrative", "valid_until"}) {
        std::string upper(name);
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        values.SetValue(upper, http::field_text(*submitted, name));
      }
    }
    PageOptions options;
    if (problem != nullptr) {
      show_problem(values, options, std::string(pages_.message(page, "console.error_award")),
                   *problem);
    }
    return pages_.respond(context, page, "console_award.tpl", "console.award_title", values,
                          std::move(options));
  }

  http::Response award(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    json::object request;
    put(request, "recipient", http::field_text(fields, "recipient"));
    put(request, "recipient_name", http::field_text(fields, "recipient_name"));
    json::object evidence;
    put(evidence, "url", http::field_text(fields, "evidence_url"));
    put(evidence, "name", http::field_text(fields, "evidence_name"));
    put(evidence, "narrative", http::field_text(fields, "evidence_narrative"));
    if (!evidence.empty()) request["evidence"] = json::array{std::move(evidence)};
    // A date from the form's date field: valid until the end of that day, UTC.
    const std::string until = http::field_text(fields, "valid_until");
    if (!until.empty()) request["valid_until"] = until + "T23:59:59Z";
    Result<app::AwardRequest> read = app::read_award_request(request);
    if (!read) return award_form(context, &fields, &read.error());
    const std::string org(context.parameter("org"));
    Result<std::vector<model::IssuedCredential>> issued = app::award_credentials(
        database_, instance_, page.session->principal, org, http::field_text(fields, "achievement"),
        {std::move(*read)}, current_time());
    if (!issued) return award_form(context, &fields, &issued.error());
    return see_other(context.request,
                     "/console/" + org + "/credentials?q=" +
                         http::percent_encode(issued->front().recipient.identifier));
  }

  http::Response members(const http::RequestContext& context,
                         const Error* problem = nullptr) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    const std::string org(context.parameter("org"));
    Result<std::vector<app::Member>> listed =
        app::list_members(database_, page.session->principal, org);
    if (!listed) return pages_.failure(context, page, listed.error());
    ctemplate::TemplateDictionary values("members");
    values.SetValue("ORG_ID", org);
    values.SetValue("CSRF_TOKEN", page.session->csrf_token);
    const auto role_options = [&](ctemplate::TemplateDictionary& dictionary, model::Role chosen) {
      for (const std::string_view role : model::kRoleNames) {
        ctemplate::TemplateDictionary* option = dictionary.AddSectionDictionary("ROLE_OPTIONS");
        option->SetValue("VALUE", std::string(role));
        option->SetValue("LABEL", std::string(pages_.message(page, "role." + std::string(role))));
        if (role == model::role_name(chosen)) option->ShowSection("SELECTED");
      }
    };
    for (const app::Member& member : *listed) {
      ctemplate::TemplateDictionary* row = values.AddSectionDictionary("MEMBERS");
      row->SetValue("USER_ID", member.user_id);
      row->SetValue("NAME", member.display_name);
      row->SetValue("EMAIL", member.email);
      row->SetValue("ORG_ID", org);
      row->SetValue("CSRF_TOKEN", page.session->csrf_token);
      role_options(*row, member.role);
    }
    role_options(values, model::Role::kAssessor);
    PageOptions options;
    if (problem != nullptr) {
      show_problem(values, options, "", *problem);
    }
    return pages_.respond(context, page, "console_members.tpl", "console.members_title", values,
                          std::move(options));
  }

  // POST /console/{org}/members: action=add (email, role), role (user, role), remove (user).
  http::Response change_members(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    const std::string org(context.parameter("org"));
    const std::string action = http::field_text(fields, "action");
    const std::optional<model::Role> role = model::role_named(http::field_text(fields, "role"));
    const std::string user = http::field_text(fields, "user");
    Result<bool> done = Error{"invalid request", "action must be add, role or remove"};
    if (action == "add" || action == "role") {
      if (!role) {
        done = Error{"invalid role", "role must be owner, admin, assessor or viewer"};
      } else if (action == "add") {
        Result<app::Member> added =
            app::add_member(database_, page.session->principal, org,
                            http::field_text(fields, "email"), *role, current_time());
        done = added ? Result<bool>(true) : Result<bool>(added.error());
      } else {
        Result<app::Member> changed =
            app::change_member_role(database_, page.session->principal, org, user, *role);
        done = changed ? Result<bool>(true) : Result<bool>(changed.error());
      }
    } else if (action == "remove") {
      done = app::remove_member(database_, page.session->principal, org, user);
    }
    if (!done) return members(context, &done.error());
    return see_other(context.request, "/console/" + org + "/members");
  }

  // The organisation's profile as credentials show it, and its signing keys.
  // `entered`: the profile form as sent, shown again with `problem`.
  http::Response settings(const http::RequestContext& context, const Error* problem = nullptr,
                          const app::OrganisationProfile* entered = nullptr) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    const std::string org(context.parameter("org"));
    Result<app::OrganisationView> view =
        app::read_organisation(database_, page.session->principal, org);
    if (!view) return pages_.failure(context, page, view.error());
    Result<std::vector<app::IssuerKey>> keys =
        app::list_issuer_keys(database_, instance_, page.session->principal, org);
    if (!keys) return pages_.failure(context, page, keys.error());
    const model::Organisation& organisation = view->organisation;
    ctemplate::TemplateDictionary values("settings");
    values.SetValue("ORG_ID", org);
    values.SetValue("CSRF_TOKEN", page.session->csrf_token);
    values.SetValue("NAME", organisation.name);
    values.SetValue("DID", organisation.did);
    if (view->role && model::role_at_least(*view->role, model::Role::kAdmin)) {
      const app::OrganisationProfile shown =
          entered
              ? *entered
              : app::OrganisationProfile{organisation.name, organisation.url, organisation.email,
                                         organisation.description, organisation.country};
      values.ShowSection("CAN_EDIT");
      values.SetValue("PROFILE_NAME", shown.name);
      values.SetValue("PROFILE_URL", shown.url.value_or(""));
      values.SetValue("PROFILE_EMAIL", shown.email.value_or(""));
      values.SetValue("PROFILE_COUNTRY", shown.country.value_or(""));
      values.SetValue("PROFILE_DESCRIPTION", shown.description.value_or(""));
    } else {
      values.ShowSection("READ_ONLY");
      for (const auto& [name, value] :
           {std::pair{"URL", organisation.url}, std::pair{"EMAIL", organisation.email},
            std::pair{"COUNTRY", organisation.country},
            std::pair{"DESCRIPTION", organisation.description}}) {
        if (value) values.SetValueAndShowSection(name, *value, std::string("HAS_") + name);
      }
    }
    for (const app::IssuerKey& key : *keys) {
      ctemplate::TemplateDictionary* row = values.AddSectionDictionary("KEYS");
      row->SetValue("KEY_ID", key.id);
      row->SetValue("FRAGMENT", key.id.substr(key.id.rfind('#') + 1));
      row->SetValue("ALGORITHM", key.algorithm);
      row->SetValue("CREATED", format_date_text(page.language, key.created));
      row->SetValue("ORG_ID", org);
      row->SetValue("CSRF_TOKEN", page.session->csrf_token);
      if (key.revoked) {
        row->SetValueAndShowSection("REVOKED", format_date_text(page.language, *key.revoked),
                                    "IS_REVOKED");
      } else {
        row->ShowSection(key.signs ? "SIGNS" : "VERIFIES");
        if (!key.signs) row->ShowSection("CAN_REVOKE");
      }
    }
    PageOptions options;
    if (problem != nullptr) {
      show_problem(values, options, "", *problem);
    }
    options.title = organisation.name;
    return pages_.respond(context, page, "console_settings.tpl", "console.settings_title", values,
                          std::move(options));
  }

  // POST /console/{org}/profile: the profile form; an empty field clears it.
  http::Response change_profile(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const std::string org(context.parameter("org"));
    const auto optional_field = [&](std::string_view name) -> std::optional<std::string> {
      std::string text = http::field_text(form.fields, name);
      if (text.empty()) return std::nullopt;
      return text;
    };
    app::OrganisationProfile profile{http::field_text(form.fields, "name"), optional_field("url"),
                                     optional_field("email"), optional_field("description"),
                                     optional_field("country")};
    if (profile.country) {
      for (char& letter : *profile.country) {
        letter = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
      }
    }
    Result<model::Organisation> updated =
        app::update_organisation_profile(database_, form.page.session->principal, org, profile);
    if (!updated) return settings(context, &updated.error(), &profile);
    return see_other(context.request, "/console/" + org + "/settings");
  }

  // POST /console/{org}/keys: action=rotate, or action=revoke with key=<fragment>.
  http::Response change_keys(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const std::string org(context.parameter("org"));
    const std::string action = http::field_text(form.fields, "action");
    Result<std::vector<app::IssuerKey>> changed =
        action == "rotate"
            ? app::rotate_issuer_key(database_, instance_, form.page.session->principal, org,
                                     current_time())
        : action == "revoke"
            ? app::revoke_issuer_key(database_, instance_, form.page.session->principal, org,
                                     http::field_text(form.fields, "key"), current_time())
            : Result<std::vector<app::IssuerKey>>(
                  Error{"invalid request", "action must be rotate or revoke"});
    if (!changed) return settings(context, &changed.error());
    return see_other(context.request, "/console/" + org + "/settings");
  }

 private:
  void fill_bulk_form(ctemplate::TemplateDictionary& values, const http::RequestContext& context,
                      const PageContext& page, const std::string& csv,
                      const std::string& policy) const {
    const app::SessionPrincipal& session = *page.session;
    values.SetValue("ORG_ID", std::string(context.parameter("org")));
    values.SetValue("CSRF_TOKEN", session.csrf_token);
    values.SetValue("CSV_TEXT", csv);
    values.SetValue("IDEMPOTENCY_KEY", crypto::random_base64url(16));
    for (const char* choice : {"deny", "allow", "replace"}) {
      ctemplate::TemplateDictionary* option = values.AddSectionDictionary("POLICIES");
      option->SetValue("POLICY", choice);
      option->SetValue("POLICY_LABEL",
                       std::string(pages_.message(page, "console.policy_" + std::string(choice))));
      if (policy == choice) option->ShowSection("SELECTED");
    }
  }

  void fill_preview(ctemplate::TemplateDictionary& values, const PageContext& page,
                    const std::string& csv, const app::BulkUploadOutcome& outcome) const {
    values.ShowSection("PREVIEW");
    values.SetValue("ROW_COUNT",
                    format_count(page.language, static_cast<std::uint64_t>(outcome.rows)));
    values.SetValue("PROBLEM_COUNT",
                    format_count(page.language, static_cast<std::uint64_t>(outcome.problem_count)));
    if (const Result<app::CsvTable> table = app::read_csv_table(csv, kPreviewRows * 10)) {
      for (const std::string& name : table->header) {
        values.AddSectionDictionary("HEADER")->SetValue("CELL", name);
      }
      for (std::size_t i = 0; i < table->rows.size() && i < kPreviewRows; ++i) {
        ctemplate::TemplateDictionary* row = values.AddSectionDictionary("ROWS");
        for (const std::string& cell : table->rows[i]) {
          row->AddSectionDictionary("CELLS")->SetValue("CELL", cell);
        }
      }
    }
    for (const app::RowProblem& problem : outcome.problems) {
      ctemplate::TemplateDictionary* row = values.AddSectionDictionary("PROBLEMS");
      row->SetIntValue("ROW", static_cast<long>(problem.row));
      row->SetIntValue("LINE", static_cast<long>(problem.line));
      row->SetValue("MESSAGE", problem.message);
    }
    values.ShowSection(outcome.problem_count == 0 ? "VALID" : "INVALID");
  }

  const PageResponder& pages_;
  store::Database& database_;
  app::Instance instance_;
};

}  // namespace

void add_console_pages(http::Router& router, const PageResponder& pages, store::Database& database,
                       app::Instance instance) {
  auto console = std::make_shared<const ConsolePages>(pages, database, std::move(instance));
  router.add(http::Verb::get, "/console", [console](const http::RequestContext& context) {
    return console->organisations(context);
  });
  router.add(http::Verb::get, "/console/{org}", [console](const http::RequestContext& context) {
    return console->organisation(context);
  });
  router.add(http::Verb::get, "/console/{org}/achievements/new",
             [console](const http::RequestContext& context) { return console->editor(context); });
  router.add(http::Verb::get, "/console/{org}/achievements/{achievement}/edit",
             [console](const http::RequestContext& context) { return console->editor(context); });
  router.add(http::Verb::post, "/console/{org}/achievements/{achievement}",
             [console](const http::RequestContext& context) { return console->define(context); });
  router.add(http::Verb::post, "/console/{org}/achievements",
             [console](const http::RequestContext& context) { return console->define(context); });
  router.add(
      http::Verb::get, "/console/{org}/awards/bulk",
      [console](const http::RequestContext& context) { return console->bulk_form(context); });
  router.add(http::Verb::post, "/console/{org}/awards/bulk",
             [console](const http::RequestContext& context) { return console->bulk(context); },
             {.max_body_bytes = 32u << 20});
  router.add(
      http::Verb::get, "/console/{org}/awards/new",
      [console](const http::RequestContext& context) { return console->award_form(context); });
  router.add(http::Verb::post, "/console/{org}/awards",
             [console](const http::RequestContext& context) { return console->award(context); });
  router.add(http::Verb::get, "/console/{org}/settings",
             [console](const http::RequestContext& context) { return console->settings(context); });
  router.add(
      http::Verb::post, "/console/{org}/profile",
      [console](const http::RequestContext& context) { return console->change_profile(context); });
  router.add(
      http::Verb::post, "/console/{org}/keys",
      [console](const http::RequestContext& context) { return console->change_keys(context); });
  router.add(http::Verb::get, "/console/{org}/members",
             [console](const http::RequestContext& context) { return console->members(context); });
  router.add(
      http::Verb::post, "/console/{org}/members",
      [console](const http::RequestContext& context) { return console->change_members(context); });
  router.add(
      http::Verb::get, "/console/{org}/credentials",
      [console](const http::RequestContext& context) { return console->credentials(context); });
  router.add(
      http::Verb::post, "/console/{org}/credentials/{id}/status",
      [console](const http::RequestContext& context) { return console->change_status(context); });
  router.add(http::Verb::get, "/console/{org}/jobs/{job}",
             [console](const http::RequestContext& context) { return console->job(context); });
}

}  // namespace cairn::web
