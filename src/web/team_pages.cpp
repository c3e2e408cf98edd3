#include "web/team_pages.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/invitations.h"
#include "app/memberships.h"
#include "common/date_time.h"
#include "http/form_data.h"
#include "http/percent_coding.h"
#include "model/organisation.h"
#include "web/account_pages.h"
#include "web/locale_format.h"

namespace cairn::web {
namespace {

class TeamPages {
 public:
  explicit TeamPages(const ConsoleServices& services)
      : pages_(services.pages), database_(services.database), instance_(services.instance) {}

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
    Result<std::vector<app::InvitationView>> invited =
        app::list_invitations(database_, page.session->principal, org, current_time());
    if (!invited) return pages_.failure(context, page, invited.error());
    for (const app::InvitationView& invitation : *invited) {
      ctemplate::TemplateDictionary* row = values.AddSectionDictionary("INVITATIONS");
      row->SetValue("EMAIL", invitation.email);
      row->SetValue("ROLE", std::string(pages_.message(
                                page, "role." + std::string(model::role_name(invitation.role)))));
      row->SetValue("INVITED_BY", invitation.invited_by);
      row->SetValue("EXPIRES_AT", format_date_text(page.language, invitation.expires_at));
      row->SetValue("ORG_ID", org);
      row->SetValue("CSRF_TOKEN", page.session->csrf_token);
    }
    if (!invited->empty()) values.ShowSection("HAS_INVITATIONS");
    // After an add, the address it named, said only when it is among the pending invitations or
    // the members: a link cannot make the page say anything else.
    const auto invited_email = context.query_parameter("invited");
    const auto added_email = context.query_parameter("added");
    if (invited_email && std::ranges::any_of(*invited, [&](const app::InvitationView& invitation) {
          return invitation.email == *invited_email;
        })) {
      values.SetValueAndShowSection("INVITED_EMAIL", *invited_email, "JUST_INVITED");
    } else if (added_email && std::ranges::any_of(*listed, [&](const app::Member& member) {
                 return member.email == *added_email;
               })) {
      values.SetValueAndShowSection("ADDED_EMAIL", *added_email, "JUST_ADDED");
    }
    role_options(values, model::Role::kAssessor);
    PageOptions options;
    if (problem != nullptr) {
      show_problem(values, options, "", *problem);
    }
    return pages_.respond(context, page, "console_members.tpl", "console.members_title", values,
                          std::move(options));
  }

  // POST /console/{org}/members: action=add (email, role), role (user, role), remove (user),
  // withdraw (email: a pending invitation).
  http::Response change_members(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    const std::string org(context.parameter("org"));
    const std::string action = http::field_text(fields, "action");
    const std::optional<model::Role> role = model::role_named(http::field_text(fields, "role"));
    const std::string user = http::field_text(fields, "user");
    Result<bool> done = Error{"invalid request", "action must be add, role, remove or withdraw"};
    if (action == "add" || action == "role") {
      if (!role) {
        done = Error{"invalid role", "role must be owner, admin, assessor or viewer"};
      } else if (action == "add") {
        Result<std::variant<app::Member, app::Invited>> added =
            app::add_member(database_, instance_, page.session->principal, org,
                            http::field_text(fields, "email"), *role, current_time());
        if (!added) return members(context, &added.error());
        // Back to the team page, saying who was added or invited.
        const bool invited = std::holds_alternative<app::Invited>(*added);
        const std::string email =
            invited ? std::get<app::Invited>(*added).email : std::get<app::Member>(*added).email;
        return see_other(context.request, "/console/" + org + "/members?" +
                                              (invited ? "invited=" : "added=") +
                                              http::percent_encode(email));
      } else {
        Result<app::Member> changed =
            app::change_member_role(database_, page.session->principal, org, user, *role);
        done = changed ? Result<bool>(true) : Result<bool>(changed.error());
      }
    } else if (action == "remove") {
      done = app::remove_member(database_, page.session->principal, org, user);
    } else if (action == "withdraw") {
      done = app::withdraw_invitation(database_, page.session->principal, org,
                                      http::field_text(fields, "email"), current_time());
    }
    if (!done) return members(context, &done.error());
    return see_other(context.request, "/console/" + org + "/members");
  }

 private:
  const PageResponder& pages_;
  store::Database& database_;
  app::Instance instance_;
};

}  // namespace

void add_team_pages(http::Router& router, const ConsoleServices& services) {
  auto team = std::make_shared<const TeamPages>(services);
  router.add(http::Verb::get, "/console/{org}/members",
             [team](const http::RequestContext& context) { return team->members(context); });
  router.add(http::Verb::post, "/console/{org}/members",
             [team](const http::RequestContext& context) { return team->change_members(context); });
}

}  // namespace cairn::web
