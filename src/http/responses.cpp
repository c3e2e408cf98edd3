#include "http/responses.h"

#include <boost/beast/http/field.hpp>
#include <boost/json/serialize.hpp>

namespace cairn::http {

Response text_response(const Request& request, Status status, std::string body,
                       std::string_view content_type) {
  Response response{status, request.version()};
  response.set(boost::beast::http::field::content_type, content_type);
  response.set(boost::beast::http::field::cache_control, "no-store");
  response.body() = std::move(body);
  response.keep_alive(request.keep_alive());
  response.prepare_payload();
  return response;
}

Response json_response(const Request& request, Status status, const boost::json::value& body) {
  return text_response(request, status, boost::json::serialize(body), "application/json");
}

Response error_response(const Request& request, Status status, std::string_view code,
                        std::string_view message) {
  return json_response(request, status, boost::json::object{{"error", code}, {"message", message}});
}

Response error_response(const Request& request, Status status, const Error& error) {
  return error_response(request, status, error.code, error.message);
}

}  // namespace cairn::http
