// DidKeyResolver, StaticDidResolver, ChainedDidResolver and resolve_verification_method.
#include "did/did_resolver.h"

#include <gtest/gtest.h>

#include "crypto/did_key.h"
#include "crypto/multikey.h"
#include "did/chained_did_resolver.h"
#include "did/did_key_resolver.h"
#include "did/static_did_resolver.h"
#include "did_test_support.h"

namespace cairn::did {
namespace {

// A did:web document with one Multikey assertion method "#key-1".
boost::json::object web_document(std::string_view did, const crypto::Ed25519PublicKey& key) {
  boost::json::object method{{"id", std::string(did) + "#key-1"},
                             {"type", "Multikey"},
                             {"controller", did},
                             {"publicKeyMultibase", crypto::encode_ed25519_public_multikey(key)}};
  return boost::json::object{{"id", did},
                             {"verificationMethod", boost::json::array{method}},
                             {"assertionMethod", boost::json::array{"#key-1"}}};
}

TEST(DidKeyResolverTest, DocumentRoundTripsTheKey) {
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  const DidKeyResolver resolver;
  Result<VerificationMethod> method =
      resolve_verification_method(resolver, crypto::did_key_verification_method_of(key));
  ASSERT_TRUE(method.ok()) << method.error().to_string();
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(method->key), key);
  EXPECT_EQ(method->controller, crypto::did_key_of(key));
  EXPECT_TRUE(method->has_purpose("assertionMethod"));
  EXPECT_TRUE(method->has_purpose("authentication"));
  EXPECT_TRUE(method->has_purpose("capabilityInvocation"));
  EXPECT_TRUE(method->has_purpose("capabilityDelegation"));
  EXPECT_FALSE(method->has_purpose("keyAgreement"));
}

TEST(DidKeyResolverTest, RefusesOtherMethodsAndBadKeys) {
  const DidKeyResolver resolver;
  Result<boost::json::object> web = resolver.resolve("did:web:example.com");
  ASSERT_FALSE(web.ok());
  EXPECT_EQ(web.error().code, kUnsupportedDidMethod);
  Result<boost::json::object> bad = resolver.resolve("did:key:z6MkNotAKey");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "invalid did:key");
  Result<boost::json::object> not_a_did = resolver.resolve("key:z6Mk");
  ASSERT_FALSE(not_a_did.ok());
  EXPECT_EQ(not_a_did.error().code, "invalid DID");
}

TEST(DidKeyResolverTest, OtherFragmentOfTheDidIsNotFound) {
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  Result<VerificationMethod> method =
      resolve_verification_method(DidKeyResolver(), crypto::did_key_of(key) + "#other");
  ASSERT_FALSE(method.ok());
  EXPECT_EQ(method.error().code, "verification method not found");
}

TEST(StaticDidResolverTest, ResolvesTheDocumentsGivenByTheirId) {
  const crypto::Ed25519PublicKey alice = testing::random_ed25519_key();
  const crypto::Ed25519PublicKey bob = testing::random_ed25519_key();
  Result<StaticDidResolver> resolver =
      StaticDidResolver::create({web_document("did:web:example.com:alice", alice),
                                 web_document("did:web:example.com:bob", bob)});
  ASSERT_TRUE(resolver.ok()) << resolver.error().to_string();
  Result<VerificationMethod> method =
      resolve_verification_method(*resolver, "did:web:example.com:bob#key-1");
  ASSERT_TRUE(method.ok()) << method.error().to_string();
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(method->key), bob);
  EXPECT_EQ(method->purposes, std::vector<std::string>{"assertionMethod"});

  Result<boost::json::object> missing = resolver->resolve("did:web:example.com:carol");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, kDidNotFound);
  EXPECT_NE(missing.error().message.find("did:web:example.com:carol"), std::string::npos);
}

TEST(StaticDidResolverTest, RefusesDuplicatesAndDocumentsWithoutADid) {
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  Result<StaticDidResolver> duplicate = StaticDidResolver::create(
      {web_document("did:web:example.com", key),
       web_document("did:web:example.com", testing::random_ed25519_key())});
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, "duplicate DID document");
  EXPECT_NE(duplicate.error().message.find("did:web:example.com"), std::string::npos);

  Result<StaticDidResolver> no_id = StaticDidResolver::create({boost::json::object{}});
  ASSERT_FALSE(no_id.ok());
  EXPECT_EQ(no_id.error().code, "invalid DID document");

  Result<StaticDidResolver> not_a_did =
      StaticDidResolver::create({web_document("https://example.com/issuer", key)});
  ASSERT_FALSE(not_a_did.ok());
  EXPECT_EQ(not_a_did.error().code, "invalid DID document");
}

// A resolver that always answers with one error; counts the calls.
class FixedErrorResolver final : public DidResolver {
 public:
  explicit FixedErrorResolver(Error error, int* calls) : error_(std::move(error)), calls_(calls) {}
  Result<boost::json::object> resolve(std::string_view) const override {
    ++*calls_;
    return error_;
  }

 private:
  Error error_;
  int* calls_;
};

TEST(ChainedDidResolverTest, AsksEachResolverInTurn) {
  const crypto::Ed25519PublicKey pinned = testing::random_ed25519_key();
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  std::vector<std::unique_ptr<const DidResolver>> list;
  list.push_back(std::make_unique<StaticDidResolver>(
      StaticDidResolver::create({web_document("did:web:example.com", pinned)}).value()));
  list.push_back(std::make_unique<DidKeyResolver>());
  const ChainedDidResolver chain(std::move(list));

  Result<VerificationMethod> web = resolve_verification_method(chain, "did:web:example.com#key-1");
  ASSERT_TRUE(web.ok()) << web.error().to_string();
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(web->key), pinned);

  Result<VerificationMethod> did_key =
      resolve_verification_method(chain, crypto::did_key_verification_method_of(key));
  ASSERT_TRUE(did_key.ok()) << did_key.error().to_string();
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(did_key->key), key);

  Result<boost::json::object> unknown_web = chain.resolve("did:web:other.example");
  ASSERT_FALSE(unknown_web.ok());
  EXPECT_EQ(unknown_web.error().code, kDidNotFound);

  Result<boost::json::object> bad_key = chain.resolve("did:key:z6MkNotAKey");
  ASSERT_FALSE(bad_key.ok());
  EXPECT_EQ(bad_key.error().code, "invalid did:key");
}

TEST(ChainedDidResolverTest, StopsAtAnErrorThatIsNotNotFound) {
  int first_calls = 0;
  int second_calls = 0;
  std::vector<std::unique_ptr<const DidResolver>> list;
  list.push_back(std::make_unique<FixedErrorResolver>(
      Error{"DID resolution failed", "connection refused"}, &first_calls));
  list.push_back(std::make_unique<FixedErrorResolver>(Error{kDidNotFound, "no"}, &second_calls));
  const ChainedDidResolver chain(std::move(list));
  Result<boost::json::object> result = chain.resolve("did:web:example.com");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "DID resolution failed");
  EXPECT_EQ(first_calls, 1);
  EXPECT_EQ(second_calls, 0);
}

TEST(ChainedDidResolverTest, UnsupportedWhenNoResolverKnowsTheMethod) {
  int calls = 0;
  std::vector<std::unique_ptr<const DidResolver>> list;
  list.push_back(std::make_unique<FixedErrorResolver>(Error{kUnsupportedDidMethod, "a"}, &calls));
  list.push_back(std::make_unique<FixedErrorResolver>(Error{kUnsupportedDidMethod, "b"}, &calls));
  Result<boost::json::object> result = ChainedDidResolver(std::move(list)).resolve("did:ion:x");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, kUnsupportedDidMethod);
  EXPECT_EQ(result.error().message, "a; b");
  EXPECT_EQ(calls, 2);

  Result<boost::json::object> empty = ChainedDidResolver({}).resolve("did:ion:x");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, kUnsupportedDidMethod);
}

TEST(ResolveVerificationMethodTest, NeedsADidAndAFragment) {
  const DidKeyResolver resolver;
  const std::string did = crypto::did_key_of(testing::random_ed25519_key());
  for (const std::string& id : std::vector<std::string>{did, "#key-1", did + "#"}) {
    SCOPED_TRACE(id);
    Result<VerificationMethod> method = resolve_verification_method(resolver, id);
    ASSERT_FALSE(method.ok());
    EXPECT_EQ(method.error().code, "invalid DID URL");
  }
}

}  // namespace
}  // namespace cairn::did
