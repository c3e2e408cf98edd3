#include "api/verify_routes.h"

#include <boost/beast/http/field.hpp>
#include <boost/json/array.hpp>
#include <cstdint>
#include <string>

#include "api/rate_limited.h"
#include "canon/json/json_parser.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

http::Response verify_one(const http::RequestContext& context, const vc::Verifier& verifier,
                          http::RateLimiter& limiter, const app::VerificationCounting& counting) {
  if (auto refused = refuse_if_limited(context, limiter, 1)) return std::move(*refused);
  const std::string& body = context.request.body();
  const Result<vc::VerificationReport> report =
      verifier.verify_input({reinterpret_cast<const std::uint8_t*>(body.data()), body.size()});
  if (!report)
    return http::error_response(context.request, http::Status::bad_request, report.error());
  counting.count(*report);
  return http::json_response(context.request, http::Status::ok, report->to_json());
}

http::Response verify_bulk(const http::RequestContext& context, const vc::Verifier& verifier,
                           http::RateLimiter& limiter, const app::VerificationCounting& counting,
                           const VerifyApiLimits& limits) {
  canon::json::JsonLimits json_limits;
  json_limits.max_bytes = limits.bulk_body_bytes;
  const Result<boost::json::value> parsed =
      canon::json::parse_json(context.request.body(), json_limits);
  if (!parsed)
    return http::error_response(context.request, http::Status::bad_request, parsed.error());
  const boost::json::array* items = nullptr;
  if (const auto* object = parsed->if_object()) {
    if (const auto* credentials = object->if_contains("credentials")) {
      items = credentials->if_array();
    }
  }
  if (items == nullptr) {
    return http::error_response(context.request, http::Status::bad_request, "invalid request",
                                "the body must be {\"credentials\": [...]}: an array of credential "
                                "JSON objects or compact JWT strings");
  }
  if (items->size() > limits.bulk_items) {
    return http::error_response(
        context.request, http::Status::payload_too_large, "too many credentials",
        "at most " + std::to_string(limits.bulk_items) + " credentials per request; this one has " +
            std::to_string(items->size()));
  }
  if (auto refused = refuse_if_limited(context, limiter, static_cast<double>(items->size()))) {
    return std::move(*refused);
  }
  boost::json::array reports;
  std::size_t verified = 0;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const boost::json::value& item = (*items)[i];
    vc::VerificationReport report;
    if (item.is_object()) {
      report = verifier.verify_credential(item.get_object());
    } else if (item.is_string()) {
      report = verifier.verify_jwt(item.get_string());
    } else {
      return http::error_response(
          context.request, http::Status::bad_request, "invalid request",
          "credentials[" + std::to_string(i) + "] is neither a JSON object nor a JWT string");
    }
    if (report.verified()) ++verified;
    counting.count(report);
    reports.push_back(report.to_json());
  }
  return http::json_response(context.request, http::Status::ok,
                             {{"verified", verified},
                              {"failed", items->size() - verified},
                              {"reports", std::move(reports)}});
}

}  // namespace

void add_verify_routes(http::Router& router, const vc::Verifier& verifier,
                       http::RateLimiter& limiter, app::VerificationCounting counting,
                       VerifyApiLimits limits) {
  router.add(http::Verb::post, "/api/v1/verify",
             [&verifier, &limiter, counting](const http::RequestContext& context) {
               return verify_one(context, verifier, limiter, counting);
             },
             {.max_body_bytes = limits.body_bytes});
  router.add(http::Verb::post, "/api/v1/verify/bulk",
             [&verifier, &limiter, counting, limits](const http::RequestContext& context) {
               return verify_bulk(context, verifier, limiter, counting, limits);
             },
             {.max_body_bytes = limits.bulk_body_bytes});
}

}  // namespace cairn::api
