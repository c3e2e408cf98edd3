#include "web/account_pages.h"

#include <boost/beast/http/field.hpp>
#include <chrono>

#include "app/create_user.h"
#include "app/sessions.h"
#include "common/date_time.h"
#include "http/cookies.h"
#include "http/form_data.h"
#include "http/percent_coding.h"

namespace cairn::web {
namespace {

namespace beast = boost::beast::http;

constexpr std::string_view kAfterSignIn = "/wallet";

}  // namespace

std::string_view account_problem_key(const Error& error) {
  if (error.code == "unauthenticated") return "account.error_sign_in";
  if (error.code == "too many attempts") return "account.error_throttled";
  if (error.code == "email taken") return "account.error_email_taken";
  if (error.code == "invalid password") return "account.error_password";
  if (error.code == "invalid email") return "account.error_email";
  if (error.code == "invalid name") return "account.error_name";
  if (error.code == "rate limited") return "error.rate_limited";
  return "account.error_other";
}

std::string account_problem_text(const PageResponder& pages, const PageContext& page,
                                 const Error& error) {
  std::string text(pages.message(page, account_problem_key(error)));
  if (account_problem_key(error) == "account.error_password" ||
      account_problem_key(error) == "account.error_other") {
    text += " (" + error.message + ")";
  }
  return text;
}

http::Status account_problem_status(const Error& error) {
  if (error.code == "too many attempts" || error.code == "rate limited") {
    return http::Status::too_many_requests;
  }
  if (error.code == "unauthenticated") return http::Status::unauthorized;
  if (error.code == "email taken") return http::Status::conflict;
  return http::Status::bad_request;
}

namespace {

struct Form {
  std::string_view template_name;
  std::string_view title_key;
};
constexpr Form kSignInForm{"sign_in.tpl", "account.sign_in_title"};
constexpr Form kSignUpForm{"sign_up.tpl", "account.sign_up_title"};

http::Response show_form(const http::RequestContext& context, const PageResponder& pages,
                         const Form& form, const std::string& next, const std::string& email,
                         const std::string& name, const Error* problem,
                         http::Status status = http::Status::ok) {
  const PageContext page = pages.context_of(context);
  ctemplate::TemplateDictionary values("account");
  values.SetValue("NEXT", next);
  values.SetValue("EMAIL", email);
  values.SetValue("NAME", name);
  if (problem != nullptr) {
    values.SetValueAndShowSection("FORM_ERROR_TEXT", account_problem_text(pages, page, *problem),
                                  "FORM_ERROR");
  }
  PageOptions options;
  options.status = status;
  return pages.respond(context, page, form.template_name, form.title_key, values,
                       std::move(options));
}

// Signs in and answers with the cookie and a redirect, or the sign-in form saying why.
http::Response sign_in_and_go(const http::RequestContext& context, const PageResponder& pages,
                              store::Database& database, const AccountPageOptions& options,
                              const std::string& email, const std::string& password,
                              const std::string& next, const Form& form, const std::string& name) {
  Result<http::Response> signed_in = sign_in_and_redirect(
      context, database, options, email, password, local_path_or(next, kAfterSignIn));
  if (!signed_in) {
    return show_form(context, pages, form, next, email, name, &signed_in.error(),
                     account_problem_status(signed_in.error()));
  }
  return std::move(*signed_in);
}

}  // namespace

Result<http::Response> sign_in_and_redirect(const http::RequestContext& context,
                                            store::Database& database,
                                            const AccountPageOptions& options,
                                            const std::string& email, const std::string& password,
                                            std::string_view location) {
  app::SignIn request{email, password, std::nullopt};
  if (const auto previous = http::cookie_value(context.request, app::kSessionCookie)) {
    request.previous_cookie = std::string(*previous);
  }
  const app::SessionPolicy policy;
  Result<app::NewSession> session = app::sign_in(database, request, current_time(), policy);
  if (!session) return session.error();
  http::Response response = see_other(context.request, location);
  response.set(beast::field::set_cookie,
               http::set_cookie_value(app::kSessionCookie, session->cookie,
                                      {.max_age = policy.lifetime,
                                       .secure = options.secure_cookies,
                                       .http_only = true,
                                       .same_site = "Lax"}));
  return response;
}

http::Response to_sign_in(const http::RequestContext& context) {
  return see_other(context.request, "/sign-in?next=" + http::percent_encode(context.path));
}

std::optional<http::Response> read_signed_in_form(const PageResponder& pages,
                                                  const http::RequestContext& context,
                                                  SignedInForm& form) {
  form.page = pages.context_of(context);
  if (!form.page.session) return to_sign_in(context);
  form.fields = form_fields_of(context);
  if (!has_session_token(form.page, form.fields)) {
    return pages.error(context, form.page, http::Status::forbidden, "error.forbidden");
  }
  return std::nullopt;
}

std::string local_path_or(std::string_view next, std::string_view fallback) {
  const bool local = next.starts_with('/') && !next.starts_with("//") &&
                     next.find('\\') == std::string_view::npos &&
                     next.find_first_of("\r\n") == std::string_view::npos;
  return std::string(local ? next : fallback);
}

http::Response see_other(const http::Request& request, std::string_view location) {
  http::Response response{http::Status::see_other, request.version()};
  response.set(beast::field::location, location);
  response.set(beast::field::cache_control, "no-store");
  response.keep_alive(request.keep_alive());
  response.prepare_payload();
  return response;
}

void add_account_pages(http::Router& router, const PageResponder& pages, store::Database& database,
                       http::RateLimiter& limiter, AccountPageOptions options) {
  router.add(http::Verb::get, "/sign-in", [&pages](const http::RequestContext& context) {
    return show_form(context, pages, kSignInForm, context.query_parameter("next").value_or(""), "",
                     "", nullptr);
  });
  router.add(http::Verb::post, "/sign-in",
             [&pages, &database, &limiter, options](const http::RequestContext& context) {
               const std::vector<http::FormField> read = form_fields_of(context);
               const std::string next = http::field_text(read, "next");
               const std::string email = http::field_text(read, "email");
               if (!limiter.allow(context.client, kPasswordRateCost).allowed) {
                 const Error limited{"rate limited", ""};
                 return show_form(context, pages, kSignInForm, next, email, "", &limited,
                                  http::Status::too_many_requests);
               }
               return sign_in_and_go(context, pages, database, options, email,
                                     http::field_text(read, "password"), next, kSignInForm, "");
             });
  if (options.sign_up_open) {
    router.add(http::Verb::get, "/sign-up", [&pages](const http::RequestContext& context) {
      return show_form(context, pages, kSignUpForm, context.query_parameter("next").value_or(""),
                       "", "", nullptr);
    });
    router.add(http::Verb::post, "/sign-up",
               [&pages, &database, &limiter, options](const http::RequestContext& context) {
                 const std::vector<http::FormField> read = form_fields_of(context);
                 const std::string next = http::field_text(read, "next");
                 const std::string email = http::field_text(read, "email");
                 const std::string name = http::field_text(read, "name");
                 const std::string password = http::field_text(read, "password");
                 if (!limiter.allow(context.client, 2 * kPasswordRateCost).allowed) {
                   const Error limited{"rate limited", ""};
                   return show_form(context, pages, kSignUpForm, next, email, name, &limited,
                                    http::Status::too_many_requests);
                 }
                 Result<model::User> made =
                     app::create_user(database, {email, name, password, false}, current_time());
                 if (!made) {
                   return show_form(context, pages, kSignUpForm, next, email, name, &made.error(),
                                    account_problem_status(made.error()));
                 }
                 return sign_in_and_go(context, pages, database, options, email, password, next,
                                       kSignUpForm, name);
               });
  }
  router.add(http::Verb::post, "/sign-out",
             [&pages, &database, options](const http::RequestContext& context) {
               const PageContext page = pages.context_of(context);
               const auto cookie = http::cookie_value(context.request, app::kSessionCookie);
               if (cookie && has_session_token(page, form_fields_of(context))) {
                 Result<bool> ended = app::sign_out(database, *cookie, current_time());
                 if (!ended) {
                   return pages.error(context, page, http::Status::internal_server_error,
                                      "account.error_other", ended.error().message);
                 }
               } else if (page.session) {
                 return pages.error(context, page, http::Status::forbidden, "error.forbidden");
               }
               http::Response response = see_other(context.request, "/");
               response.set(beast::field::set_cookie,
                            http::set_cookie_value(app::kSessionCookie, "",
                                                   {.max_age = std::chrono::seconds(0),
                                                    .secure = options.secure_cookies,
                                                    .http_only = true,
                                                    .same_site = "Lax"}));
               return response;
             });
}

}  // namespace cairn::web
