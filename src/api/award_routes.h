// Award routes:
//   POST /api/v1/orgs/{org}/achievements/{achievement}/awards
//        one award (app/award_request.h) or an array of up to 1,000; 201 with the credential
//        (credential_json.h), or {"items": [...]} for an array, in the order given. All are
//        issued or none: a bad row gets 400 naming its index and field, and nothing is issued.
//        Token scope issue; role assessor or stronger.
//
// Thread-safety: call before the server runs; the parts must outlive the router.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

void add_award_routes(http::Router& router, store::Database& database, app::Instance instance);

}  // namespace cairn::api
