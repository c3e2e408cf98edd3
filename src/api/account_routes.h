// Account routes:
//   GET /api/v1/me   the account the API token acts for, and the token's scopes (any scope);
//                    401 without a valid token.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

// The database must outlive the router's use.
void add_account_routes(http::Router& router, store::Database& database);

}  // namespace cairn::api
