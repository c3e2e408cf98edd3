// The demo data verifies as any credential of the instance does: every demo credential passes
// every check against the instance's own did:web document and status list, except the revoked
// one, which fails on its status.
#include "app/demo_data.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/instance_trust.h"
#include "app/published_credential.h"
#include "contexts/bundled_document_loader.h"
#include "crypto/master_key.h"
#include "did/did_key_resolver.h"
#include "service_database.h"
#include "vc/verifier.h"

namespace cairn::app {
namespace {

TEST(DemoData, SeedsAFreshInstanceOnceWithCredentialsThatVerify) {
  cairn::testing::ServiceDatabase service;
  service.account_with_token("admin@example.org", {"read"});
  const crypto::MasterKey master_key = crypto::MasterKey::generate();
  const contexts::BundledDocumentLoader loader;
  const vc::data_integrity::SuiteContext suites(loader);
  const Instance instance{"https://demo.example", &master_key, &suites};

  Result<DemoData> demo =
      seed_demo_data(service.get(), instance, "admin@example.org", current_time());
  ASSERT_TRUE(demo) << demo.error().to_string();
  ASSERT_TRUE(demo->seeded);
  EXPECT_EQ(demo->achievement_ids.size(), 3u);
  ASSERT_EQ(demo->credential_ids.size(), 5u);

  const did::DidKeyResolver did_key;
  const InstanceDidResolver dids(service.get(), instance, did_key);
  const InstanceStatusLists lists(service.get(), instance);
  const vc::Verifier verifier({&suites, &dids, &lists}, {});
  for (std::size_t i = 0; i < demo->credential_ids.size(); ++i) {
    Result<model::IssuedCredential> credential =
        published_credential(service.get(), demo->credential_ids[i]);
    ASSERT_TRUE(credential) << credential.error().to_string();
    const vc::VerificationReport report =
        verifier.verify_credential(boost::json::parse(credential->document).as_object());
    const bool revoked = i + 1 == demo->credential_ids.size();
    EXPECT_EQ(report.verified(), !revoked) << boost::json::serialize(report.to_json());
    EXPECT_EQ(report.status_of("status"),
              revoked ? vc::CheckStatus::kFail : vc::CheckStatus::kPass);
    EXPECT_EQ(report.status_of("issuer-key"), vc::CheckStatus::kPass);
  }

  Result<DemoData> again =
      seed_demo_data(service.get(), instance, "admin@example.org", current_time());
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->seeded);
  EXPECT_EQ(
      seed_demo_data(service.get(), instance, "nobody@example.org", current_time()).error().code,
      "unknown account");
}

}  // namespace
}  // namespace cairn::app
