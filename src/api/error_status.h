// The HTTP status for an Error a use case returned: every route maps errors the same way.
//   "unauthenticated" 401, "forbidden" 403, "not found" 404, "email taken" and "conflict" 409,
//   "database error" 503 (busy or down: worth a retry), an "invalid ..." code 400,
//   anything else 500.
//
// Thread-safety: free functions.
#pragma once

#include "common/result.h"
#include "http/responses.h"

namespace cairn::api {

http::Status status_of(const Error& error);

// The JSON error answer for `error`, with status_of(error).
http::Response failure_response(const http::Request& request, const Error& error);

}  // namespace cairn::api
