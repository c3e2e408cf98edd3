// Achievement routes:
//   POST /api/v1/orgs/{org}/achievements                 define (write scope, admin role)
//   GET  /api/v1/orgs/{org}/achievements?limit=&after=   list (read scope, any role)
//   GET  /api/v1/orgs/{org}/achievements/{achievement}   read (read scope, any role)
//   PUT  /api/v1/orgs/{org}/achievements/{achievement}   revise: a new version (write, admin)
//   GET  /achievements/{achievement}                     the OB 3.0 Achievement, current version
//   GET  /achievements/{achievement}/versions/{version}  the OB 3.0 Achievement of one version
// The API answers show the definition (app/achievement_definition.h), the version and the OB 3.0
// Achievement credentials carry; the public ones are that Achievement as JSON-LD.
//
// Thread-safety: call before the server runs; the database must outlive the router.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

void add_achievement_routes(http::Router& router, store::Database& database,
                            app::Instance instance);

}  // namespace cairn::api
