#include "api/error_status.h"

namespace cairn::api {

http::Status status_of(const Error& error) {
  if (error.code == "unauthenticated") return http::Status::unauthorized;
  if (error.code == "forbidden") return http::Status::forbidden;
  if (error.code == "not found") return http::Status::not_found;
  if (error.code == "email taken" || error.code == "conflict") return http::Status::conflict;
  if (error.code == "too many attempts") return http::Status::too_many_requests;
  if (error.code == "database error") return http::Status::service_unavailable;
  if (error.code.starts_with("invalid ")) return http::Status::bad_request;
  return http::Status::internal_server_error;
}

http::Response failure_response(const http::Request& request, const Error& error) {
  return http::error_response(request, status_of(error), error);
}

}  // namespace cairn::api
