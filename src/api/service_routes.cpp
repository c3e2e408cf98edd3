#include "api/service_routes.h"

#include "api/account_routes.h"
#include "api/achievement_routes.h"
#include "api/award_routes.h"
#include "api/bulk_award_routes.h"
#include "api/claim_routes.h"
#include "api/credential_routes.h"
#include "api/image_routes.h"
#include "api/issuer_key_routes.h"
#include "api/membership_routes.h"
#include "api/openapi_document.h"
#include "api/organisation_routes.h"
#include "api/session_routes.h"
#include "api/verify_routes.h"
#include "api/wallet_routes.h"
#include "http/responses.h"

namespace cairn::api {

void add_service_routes(http::Router& router, const ServiceParts& parts) {
  add_health_routes(router, {.metrics = parts.metrics,
                             .stopping = parts.stopping,
                             .readiness = {database_readiness(*parts.database)}});
  router.add(http::Verb::get, "/api/openapi.json", [](const http::RequestContext& context) {
    return http::text_response(context.request, http::Status::ok, std::string(openapi_document()),
                               "application/json");
  });
  add_verify_routes(router, *parts.verifier, *parts.verify_limiter,
                    {parts.events, parts.instance.base_url});
  add_account_routes(router, *parts.database);
  add_session_routes(router, *parts.database, parts.instance, *parts.verify_limiter,
                     {.sign_up_open = parts.sign_up_open});
  add_organisation_routes(router, *parts.database, parts.instance);
  add_issuer_key_routes(router, *parts.database, parts.instance);
  add_membership_routes(router, *parts.database, parts.instance);
  add_achievement_routes(router, *parts.database, parts.instance);
  add_image_routes(router, *parts.database, parts.instance);
  add_award_routes(router, *parts.database, parts.instance);
  add_bulk_award_routes(router, *parts.database);
  add_credential_routes(router, *parts.database, parts.instance,
                        parts.site ? &parts.site->credential_page() : nullptr);
  add_claim_routes(router, *parts.database, parts.instance, *parts.verify_limiter);
  add_wallet_routes(router, *parts.database, parts.instance, *parts.verifier,
                    parts.site ? &parts.site->credential_page() : nullptr);
  if (parts.site) parts.site->add_routes(router, *parts.verify_limiter);
}

}  // namespace cairn::api
