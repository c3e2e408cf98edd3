// Who a request acts for: the principal behind its `Authorization: Bearer <API token>` header
// (app/api_tokens.h), or else behind its session cookie (app/sessions.h).
//
// CSRF: a request that changes something (any method but GET, HEAD and OPTIONS) and is signed in
// only by its cookie must carry the session's CSRF token in `X-CSRF-Token` (the synchronizer
// token pattern; the cookie is also SameSite=Lax). A page on another site can make a browser
// send the cookie, but cannot read the token. Bearer requests need no token: browsers never add
// an Authorization header on their own.
//
// Thread-safety: safe from many threads.
#pragma once

#include <functional>
#include <string_view>

#include "app/api_tokens.h"
#include "app/sessions.h"
#include "common/result.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

using app::kSessionCookie;  // app/sessions.h
inline constexpr std::string_view kCsrfHeader = "X-CSRF-Token";

// The principal, or Error "unauthenticated" (no header and no session cookie, not a Bearer token,
// or a token or session that does not authenticate), or Error "forbidden" (a cookie-signed
// request that changes something without the session's CSRF token).
Result<app::Principal> authenticate(const http::RequestContext& context, store::Database& database);

// The answer for a failed authenticate(): 401 with `WWW-Authenticate: Bearer` as RFC 6750 asks,
// or 403 for a missing or wrong CSRF token.
http::Response unauthenticated_response(const http::Request& request, const Error& error);

// A handler for routes that need an account: it authenticates (401 or 403 when that fails) and
// then runs `handler` with the principal. `database` must outlive the handler.
using PrincipalHandler =
    std::function<http::Response(const http::RequestContext&, const app::Principal&)>;
http::Handler with_principal(store::Database& database, PrincipalHandler handler);

}  // namespace cairn::api
