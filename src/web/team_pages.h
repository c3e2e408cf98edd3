// The issuer console's team page (console_pages.h lists the routes): the members and their
// roles; add one (or invite an address without an account), change a role, remove one; the
// pending invitations, each of which can be withdrawn. Internal to src/web.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "http/router.h"
#include "web/console_common.h"

namespace cairn::web {

// Adds its routes to `router`. ConsoleServices says what must outlive the router's use.
void add_team_pages(http::Router& router, const ConsoleServices& services);

}  // namespace cairn::web
