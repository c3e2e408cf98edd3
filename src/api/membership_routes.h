// An issuer organisation's members (app/memberships.h) and invitations (app/invitations.h):
//   GET    /api/v1/orgs/{org}/members           every member with account and role
//   POST   /api/v1/orgs/{org}/members           {email, role}: adds an existing account and
//                                                mails them a notice, 201; or invites an address
//                                                without one, 202 {invited, role, expires_at}
//   PUT    /api/v1/orgs/{org}/members/{user}    {role}: changes the role
//   DELETE /api/v1/orgs/{org}/members/{user}    removes the member (or leaves, for oneself); 204
//   GET    /api/v1/orgs/{org}/invitations       the pending invitations (any member)
//   DELETE /api/v1/orgs/{org}/invitations/{email}  withdraws one; 204
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

// The database must outlive the router's use; `instance` gives the base URL the notice links to.
void add_membership_routes(http::Router& router, store::Database& database, app::Instance instance);

}  // namespace cairn::api
