// The issuer console's awards (console_pages.h lists the routes): award one credential, the CSV
// bulk award (check, start) and its job's live page. Internal to src/web.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "http/router.h"
#include "web/console_common.h"

namespace cairn::web {

// Adds its routes to `router`. ConsoleServices says what must outlive the router's use.
void add_award_pages(http::Router& router, const ConsoleServices& services);

}  // namespace cairn::web
