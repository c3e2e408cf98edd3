#include "service_under_test.h"

#include "api/service_routes.h"

namespace cairn::testing {

ServiceUnderTest::ServiceUnderTest() {
  api::add_service_routes(server_.router(), {.database = &database_.get(),
                                             .instance = {"https://cairn.example", &master_key_},
                                             .verifier = &verifier_,
                                             .verify_limiter = &limiter_,
                                             .metrics = &server_.metrics(),
                                             .stopping = [] { return false; }});
}

}  // namespace cairn::testing
