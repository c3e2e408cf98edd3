#include "api/authentication.h"

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/field.hpp>
#include <chrono>

#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {

Result<app::Principal> authenticate(const http::RequestContext& context,
                                    store::Database& database) {
  const auto header = context.request[boost::beast::http::field::authorization];
  constexpr std::string_view kScheme = "Bearer ";
  if (header.size() <= kScheme.size() ||
      !boost::beast::iequals(header.substr(0, kScheme.size()), kScheme)) {
    return Error{"unauthenticated",
                 "this resource needs an API token: send Authorization: Bearer <token>"};
  }
  const std::string_view token(header.substr(kScheme.size()).data(),
                               header.size() - kScheme.size());
  return app::authenticate_api_token(database, token, current_time());
}

http::Response unauthenticated_response(const http::Request& request, const Error& error) {
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
