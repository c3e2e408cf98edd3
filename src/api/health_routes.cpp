#include "api/health_routes.h"

#include <boost/json/object.hpp>

#include "http/responses.h"

namespace cairn::api {

ReadinessCheck database_readiness(store::Database& database) {
  return {"database", [&database]() -> std::optional<Error> {
            const auto answered = database.read(
                [](store::Connection& connection) { return connection.query_one("SELECT 1"); });
            if (!answered) return answered.error();
            return std::nullopt;
          }};
}

void add_health_routes(http::Router& router, HealthServices services) {
  router.add(http::Verb::get, "/healthz", [](const http::RequestContext& context) {
    return http::json_response(context.request, http::Status::ok, {{"status", "ok"}});
  });
  router.add(http::Verb::get, "/readyz", [services](const http::RequestContext& context) {
    if (services.stopping()) {
      return http::error_response(context.request, http::Status::service_unavailable,
                                  "shutting down", "this server is shutting down");
    }
    for (const ReadinessCheck& readiness : services.readiness) {
      if (std::optional<Error> problem = readiness.check()) {
        return http::json_response(context.request, http::Status::service_unavailable,
                                   {{"status", "not ready"},
                                    {"check", readiness.name},
                                    {"error", problem->code},
                                    {"message", problem->message}});
      }
    }
    return http::json_response(context.request, http::Status::ok, {{"status", "ready"}});
  });
  router.add(http::Verb::get, "/metrics",
             [metrics = services.metrics](const http::RequestContext& context) {
               return http::text_response(context.request, http::Status::ok, metrics->render(),
                                          "text/plain; version=0.0.4; charset=utf-8");
             });
}

}  // namespace cairn::api
