// An achievement's analytics in the issuer console, for members of its organisation:
//   GET /console/{org}/achievements/{achievement}/analytics[?days=30|90|365][&format=csv]
// the totals (issued, accepted, revoked) and, per day, credentials issued, public page views,
// verifications on this instance's pages and shares, drawn as an SVG chart on the server (with a
// table of the same numbers for screen readers), or the same as CSV.
//
// Thread-safety: the handler may run on many threads at once.
#pragma once

#include "http/router.h"
#include "store/database.h"
#include "web/page_responder.h"

namespace cairn::web {

// Everything must outlive the router's use.
void add_analytics_page(http::Router& router, const PageResponder& pages,
                        store::Database& database);

}  // namespace cairn::web
