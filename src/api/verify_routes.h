// The verification API, open to anyone without an account:
//   POST /api/v1/verify       the body is one credential: JSON, a compact VC-JWT, or a baked PNG
//                             or SVG (told apart by content, as `cairn verify` does). 200 with
//                             the verification report whatever the verdict; 400 when the body
//                             is none of those formats.
//   POST /api/v1/verify/bulk  {"credentials": [credential JSON object | compact JWT string, ...]}
//                             up to VerifyApiLimits::bulk_items; 200 with {"verified": V,
//                             "failed": F, "reports": [...]} in the same order.
// Both are rate-limited per client address (a bulk request costs one token per credential):
// 429 with Retry-After when the client's bucket is empty.
//
// Thread-safety: the handlers may run on many threads at once (Verifier and RateLimiter allow
// it).
#pragma once

#include <cstddef>

#include "app/credential_events.h"
#include "http/rate_limiter.h"
#include "http/router.h"
#include "vc/verifier.h"

namespace cairn::api {

struct VerifyApiLimits {
  std::size_t body_bytes = 8u << 20;  // one credential: baked images can be large
  std::size_t bulk_body_bytes = 16u << 20;
  std::size_t bulk_items = 100;
};

// The verifier and the limiter must outlive the router's use.
// `counting` counts the verifications of this instance's own credentials for the analytics.
void add_verify_routes(http::Router& router, const vc::Verifier& verifier,
                       http::RateLimiter& limiter, app::VerificationCounting counting = {},
                       VerifyApiLimits limits = {});

}  // namespace cairn::api
