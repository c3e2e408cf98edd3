#include "api/public_documents.h"

#include <boost/beast/http/field.hpp>

#include "api/error_status.h"
#include "http/responses.h"

namespace cairn::api {

http::Response public_json_ld(const http::Request& request,
                              const Result<boost::json::object>& document,
                              std::string_view content_type, unsigned max_age_seconds) {
  if (!document) return failure_response(request, document.error());
  http::Response response = http::json_response(request, http::Status::ok, *document);
  response.set(boost::beast::http::field::content_type, content_type);
  response.set(boost::beast::http::field::cache_control,
               "public, max-age=" + std::to_string(max_age_seconds));
  response.set(boost::beast::http::field::access_control_allow_origin, "*");
  return response;
}

}  // namespace cairn::api
