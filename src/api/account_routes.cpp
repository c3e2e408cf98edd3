#include "api/account_routes.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "api/authentication.h"
#include "http/responses.h"

namespace cairn::api {

void add_account_routes(http::Router& router, store::Database& database) {
  router.add(http::Verb::get, "/api/v1/me", [&database](const http::RequestContext& context) {
    Result<app::Principal> principal = authenticate(context, database);
    if (!principal) return unauthenticated_response(context.request, principal.error());
    boost::json::array scopes;
    for (const auto& scope : principal->scopes) scopes.emplace_back(scope);
    boost::json::object me{{"id", principal->user.id},
                           {"email", principal->user.email},
                           {"name", principal->user.display_name},
                           {"platform_admin", principal->user.platform_admin},
                           {"created_at", principal->user.created_at}};
    if (principal->token_id.empty()) {
      me["session"] = {{"scopes", scopes}};
    } else {
      me["token"] = {{"id", principal->token_id}, {"scopes", scopes}};
    }
    return http::json_response(context.request, http::Status::ok, me);
  });
}

}  // namespace cairn::api
