#include "service_under_test.h"

#include "api/service_routes.h"

namespace cairn::testing {

ServiceUnderTest::ServiceUnderTest(store::testing::Backend backend) : database_(backend) {
  if (!database_.available()) return;
  instance_dids_.emplace(database_.get(), instance_, dids_);
  instance_lists_.emplace(database_.get(), instance_);
  verifier_.emplace(verifier_services(), vc::VerifierOptions{});
  api::add_service_routes(server_.router(), {.database = &database_.get(),
                                             .instance = instance_,
                                             .verifier = &*verifier_,
                                             .verify_limiter = &limiter_,
                                             .metrics = &server_.metrics(),
                                             .stopping = [] { return false; }});
}

}  // namespace cairn::testing
