// Sign-up and browser sessions (app/sessions.h):
//   POST   /api/v1/accounts  {email, name, password}: a new account (earner); 201, or 403 when
//                            the instance has closed sign-up, 409 when the address has one.
//   POST   /api/v1/session   {email, password}: signs in; 200 with the CSRF token and the
//                            session cookie (HttpOnly, SameSite=Lax, Secure when the base URL is
//                            HTTPS); 401 wrong address or password, 429 throttled (Retry-After).
//   GET    /api/v1/session   the session the cookie holds and its CSRF token; 401 without one.
//   DELETE /api/v1/session   signs out (the CSRF token is needed); 204 and a cleared cookie.
// Sign-up and sign-in take JSON only (a page on another site cannot post JSON without asking
// first) and cost 5 tokens of the caller's address bucket each: a password hash takes a tenth of
// a second and 64 MiB.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "app/create_organisation.h"
#include "http/rate_limiter.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

struct SessionRoutesOptions {
  bool sign_up_open = true;
};

// The database and the limiter must outlive the router's use.
void add_session_routes(http::Router& router, store::Database& database,
                        const app::Instance& instance, http::RateLimiter& limiter,
                        SessionRoutesOptions options);

}  // namespace cairn::api
