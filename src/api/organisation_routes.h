// Issuer organisation routes:
//   POST /api/v1/orgs               {"name", "url"?, "email"?, "description"?, "country"?}
//                                   -> 201 with the organisation; the caller becomes its owner
//                                   (token scope write); 401 without a token, 403 without the
//                                   scope, 400 on bad or unknown fields.
//   GET  /api/v1/orgs/{org}         the organisation and the caller's role: members with the
//                                   read scope, platform admins with the admin scope; else 403
//   PUT  /api/v1/orgs/{org}         the same fields as POST: replaces the profile (a field left
//                                   out is cleared); admins and owners with the write scope;
//                                   credentials issued before keep the profile they carry
//   GET  /issuers/{org}             the organisation's OB 3.0 Profile (public, JSON-LD)
//   GET  /issuers/{org}/did.json    its DID document (public: did:web resolves here)
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

// The database and the instance's master key must outlive the router's use.
void add_organisation_routes(http::Router& router, store::Database& database,
                             app::Instance instance);

}  // namespace cairn::api
