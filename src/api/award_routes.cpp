#include "api/award_routes.h"

#include <boost/json/array.hpp>

#include "api/authentication.h"
#include "api/credential_json.h"
#include "api/error_status.h"
#include "app/award_credentials.h"
#include "canon/json/json_parser.h"
#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

constexpr std::size_t kAwardBodyBytes = 8u << 20;

// The awards the body holds, and whether it was an array.
struct AwardBody {
  std::vector<app::AwardRequest> requests;
  bool many = false;
};

Result<AwardBody> award_body_of(const std::string& text) {
  canon::json::JsonLimits limits;
  limits.max_bytes = kAwardBodyBytes;
  limits.max_depth = 6;
  Result<boost::json::value> json = canon::json::parse_json(text, limits);
  if (!json) return Error{"invalid request", json.error().message};
  AwardBody body;
  if (json->is_object()) {
    Result<app::AwardRequest> request = app::read_award_request(json->get_object());
    if (!request) return request.error();
    body.requests.push_back(std::move(*request));
    return body;
  }
  if (!json->is_array()) {
    return Error{"invalid request", "the body must be an award object or an array of them"};
  }
  body.many = true;
  const boost::json::array& items = json->get_array();
  if (items.size() > app::kMaxAwardsPerRequest) {
    return Error{"invalid request", "an array holds at most " +
                                        std::to_string(app::kMaxAwardsPerRequest) +
                                        " awards; use the bulk upload for more"};
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = "[" + std::to_string(i) + "]";
    if (!items[i].is_object()) return Error{"invalid request", path + " must be an object"};
    Result<app::AwardRequest> request = app::read_award_request(items[i].get_object(), path);
    if (!request) return request.error();
    body.requests.push_back(std::move(*request));
  }
  return body;
}

}  // namespace

void add_award_routes(http::Router& router, store::Database& database, app::Instance instance) {
  router.add(
      http::Verb::post, "/api/v1/orgs/{org}/achievements/{achievement}/awards",
      with_principal(database,
                     [&database, instance](const http::RequestContext& context,
                                           const app::Principal& principal) {
                       Result<AwardBody> body = award_body_of(context.request.body());
                       if (!body) return failure_response(context.request, body.error());
                       Result<std::vector<model::IssuedCredential>> issued = app::award_credentials(
                           database, instance, principal, context.parameter("org"),
                           context.parameter("achievement"), body->requests, current_time());
                       if (!issued) return failure_response(context.request, issued.error());
                       if (!body->many) {
                         return http::json_response(context.request, http::Status::created,
                                                    credential_json(issued->front(), instance));
                       }
                       boost::json::array items;
                       for (const model::IssuedCredential& credential : *issued) {
                         items.emplace_back(credential_json(credential, instance));
                       }
                       return http::json_response(context.request, http::Status::created,
                                                  {{"items", std::move(items)}});
                     }),
      {kAwardBodyBytes});
}

}  // namespace cairn::api
