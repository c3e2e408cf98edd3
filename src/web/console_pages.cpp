#include "web/console_pages.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/achievements.h"
#include "app/organisation_access.h"
#include "model/organisation.h"
#include "web/account_pages.h"
#include "web/achievement_editor_pages.h"
#include "web/award_pages.h"
#include "web/console_common.h"
#include "web/credentials_list_page.h"
#include "web/settings_pages.h"
#include "web/team_pages.h"

namespace cairn::web {
namespace {

// The account's organisations and one organisation's overview; the other console pages live in
// the files add_console_pages calls.
class ConsolePages {
 public:
  explicit ConsolePages(const ConsoleServices& services)
      : pages_(services.pages), database_(services.database) {}

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

 private:
  const PageResponder& pages_;
  store::Database& database_;
};

}  // namespace

void add_console_pages(http::Router& router, const PageResponder& pages, store::Database& database,
                       app::Instance instance) {
  const ConsoleServices services{pages, database, std::move(instance)};
  auto console = std::make_shared<const ConsolePages>(services);
  router.add(http::Verb::get, "/console", [console](const http::RequestContext& context) {
    return console->organisations(context);
  });
  router.add(http::Verb::get, "/console/{org}", [console](const http::RequestContext& context) {
    return console->organisation(context);
  });
  add_achievement_editor_pages(router, services);
  add_award_pages(router, services);
  add_settings_pages(router, services);
  add_team_pages(router, services);
  add_credentials_list_page(router, services);
}

}  // namespace cairn::web
