#include "api/claim_routes.h"

#include <boost/beast/http/field.hpp>

#include "api/authentication.h"
#include "api/credential_json.h"
#include "api/error_status.h"
#include "api/rate_limited.h"
#include "app/claims.h"
#include "common/date_time.h"
#include "http/cookies.h"
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
    // Signed in (token or session), the acceptance also fills the account's wallet; a request
    // that carries credentials which fail is refused rather than answered anonymously.
    std::optional<std::string> holder;
    if (context.request.count(boost::beast::http::field::authorization) != 0 ||
        http::cookie_value(context.request, kSessionCookie)) {
      Result<app::Principal> principal = authenticate(context, database);
      if (!principal) return unauthenticated_response(context.request, principal.error());
      holder = principal->user.id;
    }
    Result<model::IssuedCredential> answered =
        app::answer_claim(database, token, accept, holder, current_time());
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
