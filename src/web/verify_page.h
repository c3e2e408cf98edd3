// The verify page, open to anyone:
//   GET  /verify  a form: paste a credential (JSON or a compact JWT), or choose or drop files
//                 (JSON, JWT, baked PNG or SVG), as many as VerifyPageLimits::max_inputs.
//   POST /verify  the form (multipart/form-data or urlencoded): one input gets its step-by-step
//                 report; several get a table of verdicts first, then each report; with
//                 format=csv the table comes back as a CSV file instead.
// Rate-limited per client like POST /api/v1/verify (one token per input).
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include <cstddef>
#include <string>

#include "app/credential_events.h"
#include "http/rate_limiter.h"
#include "http/router.h"
#include "vc/verifier.h"
#include "web/page_responder.h"

namespace cairn::web {

struct VerifyPageLimits {
  std::size_t body_bytes = 16u << 20;
  std::size_t max_inputs = 100;
};

// Everything must outlive the router's use.
void add_verify_page(http::Router& router, const PageResponder& pages, const vc::Verifier& verifier,
                     http::RateLimiter& limiter, app::VerificationCounting counting = {},
                     VerifyPageLimits limits = {});

}  // namespace cairn::web
