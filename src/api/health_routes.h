// The operational routes of `cairn serve`:
//   GET /healthz  200 {"status":"ok"} while the process answers at all (liveness);
//   GET /readyz   200 {"status":"ready"} when the server should get traffic: not shutting down
//                 and every dependency check passes; else 503 naming what is not ready;
//   GET /metrics  the Prometheus text of RequestMetrics.
//
// Thread-safety: the handlers may run on many threads at once; the checks must allow that.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "http/request_metrics.h"
#include "http/router.h"
#include "store/database.h"

namespace cairn::api {

// A readiness check: nullopt when ready, else the Error saying why not.
struct ReadinessCheck {
  std::string name;  // e.g. "database"
  std::function<std::optional<Error>()> check;
};

struct HealthServices {
  const http::RequestMetrics* metrics = nullptr;  // required
  std::function<bool()> stopping;                 // required: true once shutdown began
  std::vector<ReadinessCheck> readiness;
};

// A readiness check named "database" that runs `SELECT 1` in a read transaction.
ReadinessCheck database_readiness(store::Database& database);

// The services must outlive the router's use.
void add_health_routes(http::Router& router, HealthServices services);

}  // namespace cairn::api
