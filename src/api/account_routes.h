// Account routes:
//   GET /api/v1/me   the account the API token or the session acts for, and its scopes (any
//                    scope); 401 without a valid token or session.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

// The database must outlive the router's use.
void add_account_routes(http::Router& router, store::Database& database);

}  // namespace cairn::api
