#include "api/session_routes.h"

#include <boost/beast/http/field.hpp>
#include <boost/json/object.hpp>

#include "api/authentication.h"
#include "api/error_status.h"
#include "api/rate_limited.h"
#include "app/create_user.h"
#include "app/json_fields.h"
#include "app/sessions.h"
#include "common/date_time.h"
#include "http/cookies.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

constexpr double kPasswordCost = 5;  // limiter tokens for a request that hashes a password

boost::json::object user_json(const model::User& user) {
  return {{"id", user.id},
          {"email", user.email},
          {"name", user.display_name},
          {"platform_admin", user.platform_admin},
          {"created_at", user.created_at}};
}

// Cross-site pages can post forms (url-encoded, multipart, text/plain) but not JSON.
std::optional<http::Response> refuse_unless_json(const http::Request& request) {
  const auto type = request[boost::beast::http::field::content_type];
  if (std::string_view(type.data(), type.size()).starts_with("application/json")) {
    return std::nullopt;
  }
  return http::error_response(request, http::Status::unsupported_media_type, "invalid request",
                              "send the body as application/json");
}

struct Credentials {
  std::string email;
  std::string name;
  std::string password;
};

Result<Credentials> credentials_of(const std::string& text, bool with_name) {
  return capture([&] {
    const boost::json::object body = app::parse_request_object(text, 8 * 1024, 2);
    app::JsonFields fields(body);
    Credentials read;
    read.email = fields.text("email", {254, false});
    if (with_name) read.name = fields.text("name", {200, false});
    read.password = fields.text("password", {1024, false});
    fields.finish();
    return read;
  });
}

bool secure_cookies(const app::Instance& instance) {
  return instance.base_url.starts_with("https://");
}

http::Response session_response(const http::Request& request, http::Status status,
                                const model::User& user, const std::string& csrf_token,
                                const std::string& expires_at) {
  return http::json_response(
      request, status,
      {{"user", user_json(user)}, {"csrf_token", csrf_token}, {"expires_at", expires_at}});
}

}  // namespace

void add_session_routes(http::Router& router, store::Database& database,
                        const app::Instance& instance, http::RateLimiter& limiter,
                        SessionRoutesOptions options) {
  router.add(http::Verb::post, "/api/v1/accounts",
             [&database, &limiter, options](const http::RequestContext& context) {
               if (!options.sign_up_open) {
                 return http::error_response(context.request, http::Status::forbidden, "forbidden",
                                             "this instance does not take sign-ups; ask its "
                                             "administrator for an account");
               }
               if (auto refused = refuse_unless_json(context.request)) return std::move(*refused);
               if (auto refused = refuse_if_limited(context, limiter, kPasswordCost)) {
                 return std::move(*refused);
               }
               Result<Credentials> read = credentials_of(context.request.body(), true);
               if (!read) return failure_response(context.request, read.error());
               Result<model::User> made = app::create_user(
                   database, {read->email, read->name, read->password, false}, current_time());
               if (!made) return failure_response(context.request, made.error());
               return http::json_response(context.request, http::Status::created, user_json(*made));
             });
  router.add(
      http::Verb::post, "/api/v1/session",
      [&database, &limiter,
       secure = secure_cookies(instance)](const http::RequestContext& context) {
        if (auto refused = refuse_unless_json(context.request)) return std::move(*refused);
        if (auto refused = refuse_if_limited(context, limiter, kPasswordCost)) {
          return std::move(*refused);
        }
        Result<Credentials> read = credentials_of(context.request.body(), false);
        if (!read) return failure_response(context.request, read.error());
        const app::SessionPolicy policy;
        app::SignIn request{read->email, read->password, std::nullopt};
        if (const auto previous = http::cookie_value(context.request, kSessionCookie)) {
          request.previous_cookie = std::string(*previous);
        }
        Result<app::NewSession> session = app::sign_in(database, request, current_time(), policy);
        if (!session) {
          if (session.error().code == "too many attempts") {
            http::Response response = http::error_response(
                context.request, http::Status::too_many_requests, session.error());
            response.set(boost::beast::http::field::retry_after,
                         std::to_string(policy.failure_window.count()));
            return response;
          }
          return failure_response(context.request, session.error());
        }
        http::Response response = session_response(context.request, http::Status::ok, session->user,
                                                   session->csrf_token, session->expires_at);
        response.set(boost::beast::http::field::set_cookie,
                     http::set_cookie_value(kSessionCookie, session->cookie,
                                            {.max_age = policy.lifetime, .secure = secure}));
        response.set(boost::beast::http::field::cache_control, "no-store");
        return response;
      });
  router.add(http::Verb::get, "/api/v1/session", [&database](const http::RequestContext& context) {
    const auto cookie = http::cookie_value(context.request, kSessionCookie);
    Result<app::SessionPrincipal> session =
        cookie ? app::authenticate_session(database, *cookie, current_time())
               : Result<app::SessionPrincipal>(Error{"unauthenticated", "not signed in"});
    if (!session) return unauthenticated_response(context.request, session.error());
    http::Response response =
        session_response(context.request, http::Status::ok, session->principal.user,
                         session->csrf_token, session->expires_at);
    response.set(boost::beast::http::field::cache_control, "no-store");
    return response;
  });
  router.add(
      http::Verb::delete_, "/api/v1/session",
      [&database, secure = secure_cookies(instance)](const http::RequestContext& context) {
        const auto cookie = http::cookie_value(context.request, kSessionCookie);
        if (!cookie || context.request.count(boost::beast::http::field::authorization) != 0) {
          return unauthenticated_response(
              context.request, Error{"unauthenticated", "not signed in with a session cookie"});
        }
        // authenticate() checks the session and its CSRF token.
        Result<app::Principal> principal = authenticate(context, database);
        if (!principal) return unauthenticated_response(context.request, principal.error());
        Result<bool> ended = app::sign_out(database, *cookie, current_time());
        if (!ended) return failure_response(context.request, ended.error());
        http::Response response{http::Status::no_content, context.request.version()};
        response.keep_alive(context.request.keep_alive());
        response.set(
            boost::beast::http::field::set_cookie,
            http::set_cookie_value(kSessionCookie, "",
                                   {.max_age = std::chrono::seconds(0), .secure = secure}));
        return response;
      });
}

}  // namespace cairn::api
