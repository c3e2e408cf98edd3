// Every route of `cairn serve`, in one place, so the program and the tests (the OpenAPI check,
// the authorization matrix) register exactly the same set.
//
// Thread-safety: call before the server runs.
#pragma once

#include <functional>

#include "api/health_routes.h"
#include "app/create_organisation.h"
#include "http/rate_limiter.h"
#include "http/request_metrics.h"
#include "http/router.h"
#include "store/database.h"
#include "vc/verifier.h"
#include "web/site.h"

namespace cairn::api {

struct ServiceParts {
  store::Database* database = nullptr;            // required
  app::Instance instance;                         // base URL and master key
  const vc::Verifier* verifier = nullptr;         // required
  http::RateLimiter* verify_limiter = nullptr;    // required: the routes open to anyone
  const http::RequestMetrics* metrics = nullptr;  // required
  std::function<bool()> stopping;                 // required
  bool sign_up_open = true;                       // POST /api/v1/accounts takes new accounts
  const web::Site* site = nullptr;                // the pages; nullptr: the API alone
  app::EventCounter* events = nullptr;            // verifications for the analytics
};

// Registers every route of the service. The parts must
// outlive the router's use.
void add_service_routes(http::Router& router, const ServiceParts& parts);

}  // namespace cairn::api
