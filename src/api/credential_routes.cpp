#include "api/credential_routes.h"

#include <boost/beast/http/field.hpp>

#include "api/authentication.h"
#include "api/credential_json.h"
#include "api/error_status.h"
#include "api/public_documents.h"
#include "app/credential_status.h"
#include "app/json_fields.h"
#include "app/published_credential.h"
#include "app/status_list_publication.h"
#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

// The optional "reason" of a status change body (an empty body reads as no reason).
Result<std::optional<std::string>> reason_of(const std::string& text) {
  if (text.empty()) return std::optional<std::string>();
  return capture([&] {
    const boost::json::object body = app::parse_request_object(text, 16 * 1024, 2);
    app::JsonFields fields(body);
    std::optional<std::string> reason = fields.optional_text("reason", {500, false});
    fields.finish();
    return reason;
  });
}

http::Handler status_change(store::Database& database, const app::Instance& instance,
                            app::StatusChange change) {
  return with_principal(database, [&database, instance, change](const http::RequestContext& context,
                                                                const app::Principal& principal) {
    Result<std::optional<std::string>> reason = reason_of(context.request.body());
    if (!reason) return failure_response(context.request, reason.error());
    Result<model::IssuedCredential> changed = app::change_credential_status(
        database, principal, context.parameter("id"), change, *reason, current_time());
    if (!changed) return failure_response(context.request, changed.error());
    return http::json_response(context.request, http::Status::ok,
                               credential_json(*changed, instance));
  });
}

}  // namespace

void add_credential_routes(http::Router& router, store::Database& database, app::Instance instance,
                           const web::CredentialPage* page) {
  router.add(http::Verb::get, "/credentials/{id}",
             [&database, page](const http::RequestContext& context) {
               Result<model::IssuedCredential> credential =
                   app::published_credential(database, context.parameter("id"));
               if (!credential) {
                 if (page == nullptr) return failure_response(context.request, credential.error());
                 return page->page_for_failure(context, credential.error())
                     .value_or(failure_response(context.request, credential.error()));
               }
               if (page != nullptr && web::accepts_html(context)) {
                 return page->respond(context, *credential);
               }
               const bool jwt = !credential->document.starts_with("{");
               http::Response response =
                   http::text_response(context.request, http::Status::ok, credential->document,
                                       jwt ? "application/vc+jwt" : "application/ld+json");
               // Its status may change, its content never: verifiers check the status lists.
               response.set(boost::beast::http::field::cache_control, "public, max-age=3600");
               response.set(boost::beast::http::field::access_control_allow_origin, "*");
               response.set(boost::beast::http::field::vary, "Accept");  // browsers get the page
               return response;
             });
  router.add(http::Verb::post, "/api/v1/credentials/{id}/revoke",
             status_change(database, instance, app::StatusChange::kRevoke));
  router.add(http::Verb::post, "/api/v1/credentials/{id}/suspend",
             status_change(database, instance, app::StatusChange::kSuspend));
  router.add(http::Verb::post, "/api/v1/credentials/{id}/unsuspend",
             status_change(database, instance, app::StatusChange::kUnsuspend));
  router.add(http::Verb::get, "/status/{list}/{purpose}",
             [&database, instance](const http::RequestContext& context) {
               // Short caching: a revocation should reach verifiers within a minute.
               return public_json_ld(
                   context.request,
                   app::published_status_list(database, instance, context.parameter("list"),
                                              context.parameter("purpose")),
                   "application/vc+ld+json", 60);
             });
}

}  // namespace cairn::api
