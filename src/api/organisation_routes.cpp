#include "api/organisation_routes.h"

#include <boost/beast/http/field.hpp>
#include <boost/json/object.hpp>

#include "api/authentication.h"
#include "api/error_status.h"
#include "api/public_documents.h"
#include "app/issuer_documents.h"
#include "app/json_fields.h"
#include "app/organisation_access.h"
#include "app/organisation_profile.h"
#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

boost::json::object organisation_json(const model::Organisation& organisation,
                                      const app::Instance& instance) {
  boost::json::object json{{"id", organisation.id},
                           {"name", organisation.name},
                           {"did", organisation.did},
                           {"profile", instance.base_url + "/issuers/" + organisation.id},
                           {"created_at", organisation.created_at}};
  if (organisation.url) json["url"] = *organisation.url;
  if (organisation.email) json["email"] = *organisation.email;
  if (organisation.description) json["description"] = *organisation.description;
  if (organisation.country) json["country"] = *organisation.country;
  return json;
}

Result<app::OrganisationProfile> profile_of(const std::string& text) {
  return capture([&] {
    const boost::json::object body = app::parse_request_object(text, 64 * 1024, 4);
    app::JsonFields fields(body);
    app::OrganisationProfile request;
    request.name = fields.text("name", {200, false});
    request.url = fields.optional_text("url", {2048, false});
    request.email = fields.optional_text("email", {254, false});
    request.description = fields.optional_text("description", {4000, true});
    request.country = fields.optional_text("country", {2, false});
    fields.finish();
    return request;
  });
}

}  // namespace

void add_organisation_routes(http::Router& router, store::Database& database,
                             app::Instance instance) {
  router.add(http::Verb::post, "/api/v1/orgs",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<app::OrganisationProfile> request = profile_of(context.request.body());
               if (!request) return failure_response(context.request, request.error());
               Result<model::Organisation> made = app::create_organisation(
                   database, instance, principal, *request, current_time());
               if (!made) return failure_response(context.request, made.error());
               return http::json_response(context.request, http::Status::created,
                                          organisation_json(*made, instance));
             }));
  router.add(http::Verb::get, "/api/v1/orgs/{org}",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<app::OrganisationView> view =
                   app::read_organisation(database, principal, context.parameter("org"));
               if (!view) return failure_response(context.request, view.error());
               boost::json::object json = organisation_json(view->organisation, instance);
               json["role"] = view->role ? boost::json::value(model::role_name(*view->role))
                                         : boost::json::value(nullptr);
               return http::json_response(context.request, http::Status::ok, json);
             }));
  router.add(http::Verb::put, "/api/v1/orgs/{org}",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<app::OrganisationProfile> profile = profile_of(context.request.body());
               if (!profile) return failure_response(context.request, profile.error());
               Result<model::Organisation> updated = app::update_organisation_profile(
                   database, principal, context.parameter("org"), *profile);
               if (!updated) return failure_response(context.request, updated.error());
               return http::json_response(context.request, http::Status::ok,
                                          organisation_json(*updated, instance));
             }));
  router.add(http::Verb::get, "/issuers/{org}", [&database](const http::RequestContext& context) {
    return public_json_ld(context.request, app::issuer_profile(database, context.parameter("org")),
                          "application/ld+json");
  });
  router.add(http::Verb::get, "/issuers/{org}/did.json",
             [&database, instance](const http::RequestContext& context) {
               return public_json_ld(
                   context.request,
                   app::issuer_did_document(database, instance, context.parameter("org")),
                   "application/did+json");
             });
}

}  // namespace cairn::api
