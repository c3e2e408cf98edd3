// The whole service as `cairn serve` wires it (api::add_service_routes), on a migrated database
// (SQLite in a temporary directory, or PostgreSQL: service_database.h), a fresh master key, the
// bundled contexts, and a verifier that resolves did:key and the instance's own issuers and
// status lists (app/instance_trust.h), behind a loopback TestServer at https://cairn.example. Tests
// that need every route (the OpenAPI check, the authorization matrix) start from here.
//
// Thread-safety: driven from the test's thread.
#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string>

#include "app/credential_events.h"
#include "app/instance_trust.h"
#include "contexts/bundled_document_loader.h"
#include "crypto/master_key.h"
#include "did/did_key_resolver.h"
#include "http/rate_limiter.h"
#include "service_database.h"
#include "test_server.h"
#include "vc/data_integrity/suite_context.h"
#include "vc/verifier.h"
#include "web/site.h"

namespace cairn::testing {

class ServiceUnderTest {
 public:
  // Registers every route; the verification rate limit is high enough to stay out of the way.
  // available() is false for PostgreSQL without a test server: the test must skip.
  explicit ServiceUnderTest(store::testing::Backend backend = store::testing::Backend::kSqlite);

  bool available() const { return database_.available(); }
  http::testing::TestServer& server() { return server_; }
  ServiceDatabase& database() { return database_; }
  const app::Instance& instance() const { return instance_; }
  // A request to the running server as an API client sends it (TestClient::call).
  http::Response call(const std::string& token, http::Verb method, const std::string& target,
                      std::string body = "");
  // An issuer made through the API by an owner ("owner@example.org", a token with every scope
  // but admin) with one Badge achievement. Call after the server has started.
  struct Issuer {
    std::string owner_token;
    std::string organisation;
    std::string achievement;
    std::string awards;  // the achievement's award route
  };
  Issuer make_issuer(const std::string& organisation_name, const std::string& badge_name);

  // A browser signed in through POST /api/v1/session: its cookie value and CSRF token.
  struct BrowserSession {
    std::string cookie;
    std::string csrf_token;
  };
  // Signs in; adds a test failure (and returns an empty session) unless that answers 200.
  BrowserSession sign_in(const std::string& email, const std::string& password);
  // A request as a signed-in browser sends it: the session cookie, the CSRF token (unless
  // `csrf_token` is given otherwise, "" for none) and a JSON body unless `body` is empty.
  http::Response call_in_session(const BrowserSession& session, http::Verb method,
                                 const std::string& target, std::string body = "",
                                 std::optional<std::string> csrf_token = std::nullopt);
  // A request as a browser sends it: accepting HTML, with the session cookie when `cookie` is not
  // empty and, for POST, `form` as its body (a URL-encoded form unless `content_type` says other).
  http::Response browse(http::Verb method, const std::string& target,
                        const std::string& cookie = "", const std::string& form = "",
                        const std::string& content_type = "");
  const vc::Verifier& verifier() const { return *verifier_; }
  // What the pages counted (views, verifications, shares): flush() writes it for the analytics.
  app::EventCounter& events() { return *events_; }
  // What the service's verifier uses, for a test's own Verifier (other options, another time).
  vc::VerifierServices verifier_services() const {
    return {&suites_, &*instance_dids_, &*instance_lists_};
  }

 private:
  const crypto::MasterKey master_key_ = crypto::MasterKey::generate();
  contexts::BundledDocumentLoader loader_;
  vc::data_integrity::SuiteContext suites_{loader_};
  did::DidKeyResolver dids_;
  ServiceDatabase database_;
  app::Instance instance_{"https://cairn.example", &master_key_, &suites_};
  std::optional<app::InstanceDidResolver> instance_dids_;
  std::optional<app::InstanceStatusLists> instance_lists_;
  std::optional<vc::Verifier> verifier_;
  std::optional<app::EventCounter> events_;  // counted by the pages; flushed by tests
  std::unique_ptr<web::Site> site_;          // after the verifier and counter it uses
  http::RateLimiter limiter_{{.rate = 1000, .burst = 1000}};
  http::testing::TestServer server_;
};

// The body of an API answer as JSON.
boost::json::value json_of(const http::Response& response);
// The "id" of what an API answer made; adds a test failure when the answer is not a success.
std::string id_of(const http::Response& response);

}  // namespace cairn::testing
