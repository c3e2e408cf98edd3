// Bulk award routes:
//   POST /api/v1/orgs/{org}/awards/bulk?duplicate_policy=deny|allow|replace&preview=true
//        the CSV of app/bulk_award_upload.h as the body (up to 64 MiB, 100,000 rows), an
//        optional `Idempotency-Key` header. 202 with the job (a retry with the same key: 200
//        with the same job); a preview: 200 with the row count and any problems; rows with
//        problems: 400 with {"error", "message", "rows": [{"row", "line", "message"}],
//        "problem_count"} and no job. Token scope issue; role assessor or stronger.
//   GET  /api/v1/jobs/{job}
//        the job: state, total, issued, failed, pending, rate per second, seconds to go, and the
//        first failed rows. Token scope read; any role in the job's organisation.
//
// Thread-safety: call before the server runs; the database must outlive the router.
#pragma once

#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

void add_bulk_award_routes(http::Router& router, store::Database& database);

}  // namespace cairn::api
