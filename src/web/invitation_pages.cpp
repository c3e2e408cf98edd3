#include "web/invitation_pages.h"

#include <memory>
#include <string>
#include <vector>

#include "app/invitations.h"
#include "common/date_time.h"
#include "http/form_data.h"
#include "model/organisation.h"
#include "web/locale_format.h"

namespace cairn::web {
namespace {

// A refusal the invitation page shows: the account problems as signing up shows them, and the
// inviter's lost right. (A session of another address is said by the page itself.)
std::string refusal_text(const PageResponder& pages, const PageContext& page, const Error& error) {
  if (error.code == "forbidden") {
    return std::string(pages.message(page, "invitation.error_withdrawn"));
  }
  return account_problem_text(pages, page, error);
}

http::Status refusal_status(const Error& error) {
  if (error.code == "forbidden" || error.code == "other account") return http::Status::forbidden;
  return account_problem_status(error);
}

class InvitationPages {
 public:
  InvitationPages(const PageResponder& pages, store::Database& database, http::RateLimiter& limiter,
                  AccountPageOptions options)
      : pages_(pages), database_(database), limiter_(limiter), options_(options) {}

  http::Response show(const http::RequestContext& context, const std::string& name = {},
                      const Error* problem = nullptr) const {
    const PageContext page = pages_.context_of(context);
    const std::string token(context.parameter("token"));
    Result<app::InvitationView> invitation = app::read_invitation(database_, token, current_time());
    if (!invitation) {
      return pages_.error(context, page, http::Status::not_found, "invitation.error_unusable");
    }
    ctemplate::TemplateDictionary values("invitation");
    values.SetValue("TOKEN", token);
    values.SetValue("ORG_NAME", invitation->organisation_name);
    values.SetValue("EMAIL", invitation->email);
    values.SetValue("INVITED_BY", invitation->invited_by);
    values.SetValue("EXPIRES_AT", format_date_text(page.language, invitation->expires_at));
    values.SetValue("ROLE", std::string(pages_.message(
                                page, "role." + std::string(model::role_name(invitation->role)))));
    if (!page.session) {
      values.SetValue("NAME", name);
      values.ShowSection("NEW_ACCOUNT");
    } else if (page.session->principal.user.email == invitation->email) {
      values.SetValueAndShowSection("CSRF_TOKEN", page.session->csrf_token, "JOIN");
    } else {
      values.SetValueAndShowSection("SIGNED_IN_AS", page.session->principal.user.email,
                                    "OTHER_ACCOUNT");
    }
    PageOptions options;
    if (problem != nullptr) {
      if (problem->code != "other account") {
        values.SetValueAndShowSection("FORM_ERROR_TEXT", refusal_text(pages_, page, *problem),
                                      "FORM_ERROR");
      }
      options.status = refusal_status(*problem);
    }
    return pages_.respond(context, page, "invitation.tpl", "invitation.title", values,
                          std::move(options));
  }

  http::Response accept(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    const std::string token(context.parameter("token"));
    if (page.session) {
      SignedInForm form;
      if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
      Result<std::string> joined =
          app::accept_as(database_, token, form.page.session->principal, current_time());
      if (!joined) return refuse(context, "", joined.error());
      return see_other(context.request, "/console/" + *joined);
    }
    const std::vector<http::FormField> fields = form_fields_of(context);
    const std::string name = http::field_text(fields, "name");
    const std::string password = http::field_text(fields, "password");
    if (!limiter_.allow(context.client, 2 * kPasswordRateCost).allowed) {
      return refuse(context, name, Error{"rate limited", ""});
    }
    Result<app::NewMember> made =
        app::accept_with_new_account(database_, token, name, password, current_time());
    if (!made) return refuse(context, name, made.error());
    const std::string console = "/console/" + made->organisation_id;
    Result<http::Response> signed_in =
        sign_in_and_redirect(context, database_, options_, made->user.email, password, console);
    // The account and membership stand; should signing in fail, the sign-in page leads on.
    if (!signed_in) return see_other(context.request, "/sign-in?next=" + console);
    return std::move(*signed_in);
  }

 private:
  // The page again saying why, or the error page when the link itself is unusable.
  http::Response refuse(const http::RequestContext& context, const std::string& name,
                        const Error& error) const {
    if (error.code == "not found") {
      return pages_.error(context, pages_.context_of(context), http::Status::not_found,
                          "invitation.error_unusable");
    }
    return show(context, name, &error);
  }

  const PageResponder& pages_;
  store::Database& database_;
  http::RateLimiter& limiter_;
  AccountPageOptions options_;
};

}  // namespace

void add_invitation_pages(http::Router& router, const PageResponder& pages,
                          store::Database& database, http::RateLimiter& limiter,
                          AccountPageOptions options) {
  auto invitations = std::make_shared<const InvitationPages>(pages, database, limiter, options);
  router.add(
      http::Verb::get, "/invitations/{token}",
      [invitations](const http::RequestContext& context) { return invitations->show(context); });
  router.add(
      http::Verb::post, "/invitations/{token}",
      [invitations](const http::RequestContext& context) { return invitations->accept(context); });
}

}  // namespace cairn::web
