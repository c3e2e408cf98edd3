// The issuer console's credentials list (console_pages.h lists the routes): the credentials an
// organisation issued, searched and filtered, a page at a time, and their status changes
// (revoke, suspend, unsuspend). Internal to src/web.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "http/router.h"
#include "web/console_common.h"

namespace cairn::web {

// Adds its routes to `router`. ConsoleServices says what must outlive the router's use.
void add_credentials_list_page(http::Router& router, const ConsoleServices& services);

}  // namespace cairn::web
