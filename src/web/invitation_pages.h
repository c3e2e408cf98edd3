// An invitation to join an organisation (app/invitations.h), opened from its mail:
//   GET  /invitations/{token}  who invites which address to what, and how to accept: a form for a
//                              new account (name, password; the address is the invitation's), or,
//                              for someone signed in with the invited address, a Join button;
//                              404 for an unknown, expired or used link
//   POST /invitations/{token}  name, password: the account and the membership, signed in at once;
//                              signed in instead: csrf_token: the membership. Both 303 to the
//                              organisation's console; otherwise the page again saying why.
// Making an account costs the client limiter tokens, as signing up does.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "http/rate_limiter.h"
#include "http/router.h"
#include "store/database.h"
#include "web/account_pages.h"
#include "web/page_responder.h"

namespace cairn::web {

// Everything must outlive the router's use.
void add_invitation_pages(http::Router& router, const PageResponder& pages,
                          store::Database& database, http::RateLimiter& limiter,
                          AccountPageOptions options);

}  // namespace cairn::web
