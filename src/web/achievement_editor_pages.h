// The issuer console's achievement editor (console_pages.h lists the routes): define an
// achievement, or revise one into a new version; its picture uploaded, drawn in a chosen colour
// or given as a URL. Internal to src/web.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "http/router.h"
#include "web/console_common.h"

namespace cairn::web {

// Adds its routes to `router`. ConsoleServices says what must outlive the router's use.
void add_achievement_editor_pages(http::Router& router, const ConsoleServices& services);

}  // namespace cairn::web
