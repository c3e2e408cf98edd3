#include "api/claim_routes.h"

#include "api/credential_json.h"
#include "api/error_status.h"
#include "api/rate_limited.h"
#include "app/claims.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

http::Response claim_response(const http::Request& request, const app::ClaimView& view,
                              const app::Instance& instance) {
  boost::json::object credential = credential_json(view.credential, instance);
  return http::json_response(request, http::Status::ok,
                             {{"achievement", view.achievement_name},
                              {"issuer", view.issuer_name},
                              {"claim", model::claim_state_name(view.credential.claim)},
                              {"url", credential.at("url")},
                              {"credential", credential.at("credential")}});
}

// The handler for an answer; `accept` or decline.
http::Handler answer(store::Database& database, const app::Instance& instance,
                     http::RateLimiter& limiter, bool accept) {
  return [&database, instance, &limiter, accept](const http::RequestContext& context) {
    if (auto refused = refuse_if_limited(context, limiter)) return std::move(*refused);
    const std::string token(context.parameter("token"));
    Result<model::IssuedCredential> answered = app::answer_claim(database, token, accept);
    if (!answered) return failure_response(context.request, answered.error());
    Result<app::ClaimView> view = app::read_claim(database, token);
    if (!view) return failure_response(context.request, view.error());
    return claim_response(context.request, *view, instance);
  };
}

}  // namespace

void add_claim_routes(http::Router& router, store::Database& database, app::Instance instance,
                      http::RateLimiter& limiter) {
  router.add(http::Verb::get, "/api/v1/claims/{token}",
             [&database, instance, &limiter](const http::RequestContext& context) {
               if (auto refused = refuse_if_limited(context, limiter)) return std::move(*refused);
               Result<app::ClaimView> view = app::read_claim(database, context.parameter("token"));
               if (!view) return failure_response(context.request, view.error());
               return claim_response(context.request, *view, instance);
             });
  router.add(http::Verb::post, "/api/v1/claims/{token}/accept",
             answer(database, instance, limiter, true));
  router.add(http::Verb::post, "/api/v1/claims/{token}/decline",
             answer(database, instance, limiter, false));
}

}  // namespace cairn::api
