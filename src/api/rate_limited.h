// refuse_if_limited: the 429 (with Retry-After) a client gets when its token bucket is empty, or
// nullopt when the request may go on; `cost` tokens are taken when it may.
//
// Thread-safety: as RateLimiter::allow, safe from many threads.
#pragma once

#include <optional>

#include "http/rate_limiter.h"
#include "http/router.h"

namespace cairn::api {

std::optional<http::Response> refuse_if_limited(const http::RequestContext& context,
                                                http::RateLimiter& limiter, double cost = 1);

}  // namespace cairn::api
