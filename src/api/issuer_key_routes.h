// An issuer organisation's signing keys (app/issuer_keys.h):
//   GET  /api/v1/orgs/{org}/keys               the keys (any member, read scope)
//   POST /api/v1/orgs/{org}/keys               rotate: a new key signs from now on; 201
//   POST /api/v1/orgs/{org}/keys/{key}/revoke  {key} is the id's fragment, e.g. key-1; 409 for
//                                              the last key that signs
// Rotating and revoking need the admin role (or owner) and the write scope. Every answer lists
// the keys: {"items": [{id, algorithm, created, revoked, signs}]}.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

// The database must outlive the router's use.
void add_issuer_key_routes(http::Router& router, store::Database& database,
                           const app::Instance& instance);

}  // namespace cairn::api
