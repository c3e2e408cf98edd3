// The responses every route builds: JSON bodies, and JSON errors of the shape
// {"error": code, "message": text}, where `code` is stable for programs and `message` says, for
// a person, what was wrong and what to do.
//
// Thread-safety: free functions on values.
#pragma once

#include <boost/beast/http/status.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "common/result.h"
#include "http/router.h"

namespace cairn::http {

using Status = boost::beast::http::status;

// A response of `status` with `body` serialized as application/json.
Response json_response(const Request& request, Status status, const boost::json::value& body);

// A JSON error response.
Response error_response(const Request& request, Status status, std::string_view code,
                        std::string_view message);

// The same for an Error value.
Response error_response(const Request& request, Status status, const Error& error);

// A text response (e.g. Prometheus metrics) with the given content type.
Response text_response(const Request& request, Status status, std::string body,
                       std::string_view content_type);

}  // namespace cairn::http
