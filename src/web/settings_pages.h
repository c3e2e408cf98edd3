// The issuer console's settings (console_pages.h lists the routes): the organisation's profile
// as credentials show it (edited by admins) and its signing keys (rotate, revoke). Internal to
// src/web.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "http/router.h"
#include "web/console_common.h"

namespace cairn::web {

// Adds its routes to `router`. ConsoleServices says what must outlive the router's use.
void add_settings_pages(http::Router& router, const ConsoleServices& services);

}  // namespace cairn::web
