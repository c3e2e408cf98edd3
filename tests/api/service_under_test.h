// The whole service as `cairn serve` wires it (api::add_service_routes), on a migrated SQLite
// database in a temporary directory, a fresh master key, the bundled contexts and did:key
// resolution, behind a loopback TestServer. Tests that need every route (the OpenAPI check, the
// authorization matrix) start from here.
//
// Thread-safety: driven from the test's thread.
#pragma once

#include "contexts/bundled_document_loader.h"
#include "crypto/master_key.h"
#include "did/did_key_resolver.h"
#include "http/rate_limiter.h"
#include "service_database.h"
#include "test_server.h"
#include "vc/data_integrity/suite_context.h"
#include "vc/verifier.h"

namespace cairn::testing {

class ServiceUnderTest {
 public:
  // Registers every route; the verification rate limit is high enough to stay out of the way.
  ServiceUnderTest();

  http::testing::TestServer& server() { return server_; }
  ServiceDatabase& database() { return database_; }

 private:
  const crypto::MasterKey master_key_ = crypto::MasterKey::generate();
  contexts::BundledDocumentLoader loader_;
  vc::data_integrity::SuiteContext suites_{loader_};
  did::DidKeyResolver dids_;
  vc::Verifier verifier_{{&suites_, &dids_, nullptr}, {}};
  http::RateLimiter limiter_{{.rate = 1000, .burst = 1000}};
  ServiceDatabase database_;
  http::testing::TestServer server_;
};

}  // namespace cairn::testing
