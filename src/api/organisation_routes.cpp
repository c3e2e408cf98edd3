#include "api/organisation_routes.h"

#include <boost/beast/http/field.hpp>
#include <boost/json/object.hpp>

#include "api/authentication.h"
#include "api/error_status.h"
#include "app/issuer_documents.h"
#include "app/organisation_access.h"
#include "canon/json/json_parser.h"
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
  return json;
}

// An optional string member; Error "invalid request" when present but not a string.
Result<std::optional<std::string>> optional_string(const boost::json::object& body,
                                                   std::string_view key) {
  const boost::json::value* value = body.if_contains(key);
  if (value == nullptr || value->is_null()) return std::optional<std::string>();
  if (!value->is_string()) {
    return Error{"invalid request", "\"" + std::string(key) + "\" must be a string"};
  }
  return std::optional<std::string>(std::string(value->get_string()));
}

Result<app::NewOrganisation> new_organisation_of(const std::string& text) {
  canon::json::JsonLimits limits;
  limits.max_bytes = 64 * 1024;
  limits.max_depth = 4;
  Result<boost::json::value> parsed = canon::json::parse_json(text, limits);
  if (!parsed) return parsed.error();
  if (!parsed->is_object()) return Error{"invalid request", "the body must be a JSON object"};
  const boost::json::object& body = parsed->get_object();
  app::NewOrganisation request;
  Result<std::optional<std::string>> name = optional_string(body, "name");
  if (!name) return name.error();
  if (!*name) return Error{"invalid request", "\"name\" is required"};
  request.name = **name;
  for (auto [key, field] : {std::pair{"url", &request.url}, std::pair{"email", &request.email},
                            std::pair{"description", &request.description}}) {
    Result<std::optional<std::string>> value = optional_string(body, key);
    if (!value) return value.error();
    *field = std::move(*value);
  }
  return request;
}

http::Response public_json_ld(const http::Request& request,
                              const Result<boost::json::object>& document,
                              std::string_view content_type) {
  if (!document)
    return http::error_response(request, status_of(document.error()), document.error());
  http::Response response = http::json_response(request, http::Status::ok, *document);
  response.set(boost::beast::http::field::content_type, content_type);
  response.set(boost::beast::http::field::cache_control, "public, max-age=300");
  response.set(boost::beast::http::field::access_control_allow_origin, "*");
  return response;
}

}  // namespace

void add_organisation_routes(http::Router& router, store::Database& database,
                             app::Instance instance) {
  router.add(
      http::Verb::post, "/api/v1/orgs", [&database, instance](const http::RequestContext& context) {
        Result<app::Principal> principal = authenticate(context, database);
        if (!principal) return unauthenticated_response(context.request, principal.error());
        Result<app::NewOrganisation> request = new_organisation_of(context.request.body());
        if (!request) {
          return http::error_response(context.request, http::Status::bad_request, request.error());
        }
        Result<model::Organisation> made =
            app::create_organisation(database, instance, *principal, *request, current_time());
        if (!made) {
          return http::error_response(context.request, status_of(made.error()), made.error());
        }
        return http::json_response(context.request, http::Status::created,
                                   organisation_json(*made, instance));
      });
  router.add(http::Verb::get, "/api/v1/orgs/{org}",
             [&database, instance](const http::RequestContext& context) {
               Result<app::Principal> principal = authenticate(context, database);
               if (!principal) return unauthenticated_response(context.request, principal.error());
               Result<app::OrganisationView> view =
                   app::read_organisation(database, *principal, context.parameter("org"));
               if (!view) {
                 return http::error_response(context.request, status_of(view.error()),
                                             view.error());
               }
               boost::json::object json = organisation_json(view->organisation, instance);
               json["role"] = view->role ? boost::json::value(model::role_name(*view->role))
                                         : boost::json::value(nullptr);
               return http::json_response(context.request, http::Status::ok, json);
             });
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
