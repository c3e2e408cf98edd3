#include "web/credentials_list_page.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/achievements.h"
#include "app/credential_status.h"
#include "app/issued_credentials.h"
#include "common/date_time.h"
#include "http/form_data.h"
#include "http/percent_coding.h"
#include "web/account_pages.h"
#include "web/locale_format.h"

namespace cairn::web {
namespace {

constexpr std::size_t kCredentialsPerPage = 50;

class CredentialsListPage {
 public:
  explicit CredentialsListPage(const ConsoleServices& services)
      : pages_(services.pages), database_(services.database) {}

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

 private:
  const PageResponder& pages_;
  store::Database& database_;
};

}  // namespace

void add_credentials_list_page(http::Router& router, const ConsoleServices& services) {
  auto credentials = std::make_shared<const CredentialsListPage>(services);
  router.add(http::Verb::get, "/console/{org}/credentials",
             [credentials](const http::RequestContext& context) {
               return credentials->credentials(context);
             });
  router.add(http::Verb::post, "/console/{org}/credentials/{id}/status",
             [credentials](const http::RequestContext& context) {
               return credentials->change_status(context);
             });
}

}  // namespace cairn::web
