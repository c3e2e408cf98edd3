#include "web/settings_pages.h"

#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/issuer_keys.h"
#include "app/organisation_access.h"
#include "app/organisation_profile.h"
#include "common/date_time.h"
#include "http/form_data.h"
#include "model/organisation.h"
#include "web/account_pages.h"
#include "web/locale_format.h"

namespace cairn::web {
namespace {

class SettingsPages {
 public:
  explicit SettingsPages(const ConsoleServices& services)
      : pages_(services.pages), database_(services.database), instance_(services.instance) {}

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
  const PageResponder& pages_;
  store::Database& database_;
  app::Instance instance_;
};

}  // namespace

void add_settings_pages(http::Router& router, const ConsoleServices& services) {
  auto settings = std::make_shared<const SettingsPages>(services);
  router.add(
      http::Verb::get, "/console/{org}/settings",
      [settings](const http::RequestContext& context) { return settings->settings(context); });
  router.add(http::Verb::post, "/console/{org}/profile",
             [settings](const http::RequestContext& context) {
               return settings->change_profile(context);
             });
  router.add(
      http::Verb::post, "/console/{org}/keys",
      [settings](const http::RequestContext& context) { return settings->change_keys(context); });
}

}  // namespace cairn::web
