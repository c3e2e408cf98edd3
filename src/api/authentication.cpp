#include "api/authentication.h"

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/field.hpp>
#include <chrono>

#include "api/error_status.h"
#include "app/sessions.h"
#include "common/date_time.h"
#include "crypto/constant_time.h"
#include "http/cookies.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

bool changes_something(http::Verb method) {
  return method != http::Verb::get && method != http::Verb::head && method != http::Verb::options;
}

Result<app::Principal> authenticate_bearer(std::string_view header, store::Database& database) {
  constexpr std::string_view kScheme = "Bearer ";
  if (header.size() <= kScheme.size() ||
      !boost::beast::iequals(header.substr(0, kScheme.size()), kScheme)) {
    return Error{"unauthenticated",
                 "this resource needs an API token (Authorization: Bearer <token>) or a session"};
  }
  return app::authenticate_api_token(database, header.substr(kScheme.size()), current_time());
}

Result<app::Principal> authenticate_cookie(const http::RequestContext& context,
                                           std::string_view cookie, store::Database& database) {
  Result<app::SessionPrincipal> session =
      app::authenticate_session(database, cookie, current_time());
  if (!session) return session.error();
  if (changes_something(context.request.method())) {
    const auto sent = context.request[kCsrfHeader];
    if (!crypto::equal_in_constant_time(std::string_view(sent.data(), sent.size()),
                                        session->csrf_token)) {
      return Error{"forbidden",
                   "a request signed in by a session cookie must send the session's "
                   "CSRF token in X-CSRF-Token (GET /api/v1/session gives it)"};
    }
  }
  return std::move(session->principal);
}

}  // namespace

Result<app::Principal> authenticate(const http::RequestContext& context,
                                    store::Database& database) {
  const auto header = context.request[boost::beast::http::field::authorization];
  if (!header.empty()) return authenticate_bearer({header.data(), header.size()}, database);
  if (const auto cookie = http::cookie_value(context.request, kSessionCookie)) {
    return authenticate_cookie(context, *cookie, database);
  }
  return Error{"unauthenticated",
               "this resource needs an API token (Authorization: Bearer <token>) or a session"};
}

http::Response unauthenticated_response(const http::Request& request, const Error& error) {
  if (error.code != "unauthenticated") return failure_response(request, error);
  http::Response response = http::error_response(request, http::Status::unauthorized, error);
  response.set(boost::beast::http::field::www_authenticate, R"(Bearer realm="cairn")");
  return response;
}

http::Handler with_principal(store::Database& database, PrincipalHandler handler) {
  return [&database, handler = std::move(handler)](const http::RequestContext& context) {
    Result<app::Principal> principal = authenticate(context, database);
    if (!principal) return unauthenticated_response(context.request, principal.error());
    return handler(context, *principal);
  };
}

}  // namespace cairn::api
