// The OpenAPI 3.1 description of Cairn's HTTP routes (src/api/openapi.json, embedded at build
// time), served at GET /api/openapi.json. tests/api/openapi_test.cpp keeps it in step with the
// routes add_service_routes registers.
//
// Thread-safety: returns static data.
#pragma once

#include <string_view>

namespace cairn::api {

std::string_view openapi_document();

}  // namespace cairn::api
