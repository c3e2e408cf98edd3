// The answer for a document the instance publishes to anyone (issuer profiles, DID documents,
// achievements, credentials, status lists): the JSON with its media type, cacheable by anyone
// for `max_age_seconds`, readable from any origin (verifiers run in browsers too); or the
// Error's answer.
//
// Thread-safety: a free function.
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "common/result.h"
#include "http/router.h"

namespace cairn::api {

http::Response public_json_ld(const http::Request& request,
                              const Result<boost::json::object>& document,
                              std::string_view content_type, unsigned max_age_seconds = 300);

}  // namespace cairn::api
