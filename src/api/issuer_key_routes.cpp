#include "api/issuer_key_routes.h"

#include <boost/json/array.hpp>

#include "api/authentication.h"
#include "api/error_status.h"
#include "app/issuer_keys.h"
#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

http::Response keys_response(const http::Request& request, http::Status status,
                             const Result<std::vector<app::IssuerKey>>& keys) {
  if (!keys) return failure_response(request, keys.error());
  boost::json::array items;
  for (const app::IssuerKey& key : *keys) {
    items.push_back({{"id", key.id},
                     {"algorithm", key.algorithm},
                     {"created", key.created},
                     {"revoked", key.revoked ? boost::json::value(*key.revoked) : nullptr},
                     {"signs", key.signs}});
  }
  return http::json_response(request, status, {{"items", std::move(items)}});
}

}  // namespace

void add_issuer_key_routes(http::Router& router, store::Database& database,
                           const app::Instance& instance) {
  router.add(http::Verb::get, "/api/v1/orgs/{org}/keys",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               return keys_response(
                   context.request, http::Status::ok,
                   app::list_issuer_keys(database, instance, principal, context.parameter("org")));
             }));
  router.add(http::Verb::post, "/api/v1/orgs/{org}/keys",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               return keys_response(
                   context.request, http::Status::created,
                   app::rotate_issuer_key(database, instance, principal, context.parameter("org"),
                                          current_time()));
             }));
  router.add(http::Verb::post, "/api/v1/orgs/{org}/keys/{key}/revoke",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               return keys_response(
                   context.request, http::Status::ok,
                   app::revoke_issuer_key(database, instance, principal, context.parameter("org"),
                                          context.parameter("key"), current_time()));
             }));
}

}  // namespace cairn::api
