#include "api/rate_limited.h"

#include <boost/beast/http/field.hpp>

#include "http/responses.h"

namespace cairn::api {

std::optional<http::Response> refuse_if_limited(const http::RequestContext& context,
                                                http::RateLimiter& limiter, double cost) {
  const http::RateLimiter::Decision decision = limiter.allow(context.client, cost);
  if (decision.allowed) return std::nullopt;
  http::Response response =
      http::error_response(context.request, http::Status::too_many_requests, "rate limited",
                           "too many requests from this address; retry in " +
                               std::to_string(decision.retry_after.count()) + " s");
  response.set(boost::beast::http::field::retry_after,
               std::to_string(decision.retry_after.count()));
  return response;
}

}  // namespace cairn::api
