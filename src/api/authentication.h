// Who a request acts for: the principal behind its `Authorization: Bearer <API token>` header
// (app/api_tokens.h). Browser sessions join here with the web pages.
//
// Thread-safety: safe from many threads.
#pragma once

#include <functional>

#include "app/api_tokens.h"
#include "common/result.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

// The principal, or Error "unauthenticated" (no header, not a Bearer token, or a token that does
// not authenticate).
Result<app::Principal> authenticate(const http::RequestContext& context, store::Database& database);

// The 401 answer for `error`, with `WWW-Authenticate: Bearer` as RFC 6750 asks.
http::Response unauthenticated_response(const http::Request& request, const Error& error);

// A handler for routes that need an account: it authenticates (401 when that fails) and then
// runs `handler` with the principal. `database` must outlive the handler.
using PrincipalHandler =
    std::function<http::Response(const http::RequestContext&, const app::Principal&)>;
http::Handler with_principal(store::Database& database, PrincipalHandler handler);

}  // namespace cairn::api
