// Claim routes, for the earner who got the claim mail (the token in the path stands for the
// e-mail address; no account is needed):
//   GET  /api/v1/claims/{token}          the credential, its achievement's and issuer's names,
//                                        and the claim state
//   POST /api/v1/claims/{token}/accept   200 with the same view; 409 once answered; sent with
//                                        an API token or a session (and its CSRF token), it
//                                        also puts the credential in that account's wallet
//   POST /api/v1/claims/{token}/decline  likewise; the credential is no longer published
// An unknown token is 404. The routes are rate-limited per client like verification, so tokens
// cannot be guessed at speed (they have 256 random bits anyway).
//
// Thread-safety: call before the server runs; the parts must outlive the router.
#pragma once

#include "app/create_organisation.h"
#include "http/rate_limiter.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

void add_claim_routes(http::Router& router, store::Database& database, app::Instance instance,
                      http::RateLimiter& limiter);

}  // namespace cairn::api
