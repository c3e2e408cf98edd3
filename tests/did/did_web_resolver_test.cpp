// DidWebResolver with a fake fetcher: the URL it asks for, the checks on the answer, the cache
// (time to live, size bound, failures not cached) and concurrent use. DidDocumentCache directly.
#include "did/did_web_resolver.h"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/json/serialize.hpp>
#include <map>
#include <mutex>
#include <thread>

#include "crypto/multikey.h"
#include "did_test_support.h"

namespace cairn::did {
namespace {

using Clock = DidDocumentCache::Clock;

// Serves fixed bodies by URL and records what was asked.
class FakeFetcher final : public HttpsFetcher {
 public:
  void serve(const std::string& url, Result<std::string> body) {
    const std::lock_guard lock(mutex_);
    bodies_.insert_or_assign(url, std::move(body));
  }
  Result<std::string> get(const std::string& url, const FetchLimits& limits) const override {
    const std::lock_guard lock(mutex_);
    requests_.push_back(url);
    last_limits_ = limits;
    const auto found = bodies_.find(url);
    if (found == bodies_.end()) return Error{"fetch failed", "HTTP status 404 from " + url};
    return found->second;
  }
  std::size_t request_count() const {
    const std::lock_guard lock(mutex_);
    return requests_.size();
  }
  std::vector<std::string> requests() const {
    const std::lock_guard lock(mutex_);
    return requests_;
  }
  FetchLimits last_limits() const {
    const std::lock_guard lock(mutex_);
    return last_limits_;
  }

 private:
  mutable std::mutex mutex_;
  std::map<std::string, Result<std::string>> bodies_;
  mutable std::vector<std::string> requests_;
  mutable FetchLimits last_limits_;
};

std::string document_text(std::string_view did, const crypto::Ed25519PublicKey& key) {
  boost::json::object method{{"id", std::string(did) + "#key-1"},
                             {"type", "Multikey"},
                             {"controller", did},
                             {"publicKeyMultibase", crypto::encode_ed25519_public_multikey(key)}};
  return boost::json::serialize(
      boost::json::object{{"id", did},
                          {"verificationMethod", boost::json::array{method}},
                          {"assertionMethod", boost::json::array{std::string(did) + "#key-1"}}});
}

// A clock the test moves by hand.
struct ManualClock {
  std::shared_ptr<Clock::time_point> now = std::make_shared<Clock::time_point>();
  std::function<Clock::time_point()> function() const {
    return [now = now] { return *now; };
  }
  void advance(Clock::duration by) const { *now += by; }
};

class DidWebResolverTest : public ::testing::Test {
 protected:
  DidWebResolver resolver(DidWebOptions options = {}) const {
    return DidWebResolver(fetcher_, std::move(options));
  }
  std::shared_ptr<FakeFetcher> fetcher_ = std::make_shared<FakeFetcher>();
};

TEST_F(DidWebResolverTest, FetchesTheMappedUrlAndFindsTheKey) {
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  const std::string did = "did:web:example.com%3A8443:issuers:42";
  fetcher_->serve("https://example.com:8443/issuers/42/did.json", document_text(did, key));
  DidWebOptions options;
  options.fetch.max_body_bytes = 12345;
  const DidWebResolver web = resolver(options);
  Result<VerificationMethod> method = resolve_verification_method(web, did + "#key-1");
  ASSERT_TRUE(method.ok()) << method.error().to_string();
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(method->key), key);
  EXPECT_EQ(fetcher_->requests(),
            std::vector<std::string>{"https://example.com:8443/issuers/42/did.json"});
  EXPECT_EQ(fetcher_->last_limits().max_body_bytes, 12345u);
}

TEST_F(DidWebResolverTest, UnwrapsADidResolutionResult) {
  const std::string did = "did:web:example.com";
  const std::string wrapped =
      R"({"didDocument": )" + document_text(did, testing::random_ed25519_key()) + "}";
  fetcher_->serve("https://example.com/.well-known/did.json", wrapped);
  Result<boost::json::object> document = resolver().resolve(did);
  ASSERT_TRUE(document.ok()) << document.error().to_string();
  EXPECT_EQ(document->at("id").as_string(), did);
}

TEST_F(DidWebResolverTest, RefusesADocumentForAnotherDid) {
  fetcher_->serve("https://example.com/.well-known/did.json",
                  document_text("did:web:evil.example", testing::random_ed25519_key()));
  Result<boost::json::object> document = resolver().resolve("did:web:example.com");
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code, "invalid DID document");
  EXPECT_NE(document.error().message.find("did:web:evil.example"), std::string::npos);
}

TEST_F(DidWebResolverTest, RefusesBodiesThatAreNotJsonObjects) {
  const DidWebResolver web = resolver();
  for (const std::string body : {"<html>", "[1, 2]", R"({"id": "a", "id": "b"})", ""}) {
    SCOPED_TRACE(body);
    fetcher_->serve("https://example.com/.well-known/did.json", body);
    Result<boost::json::object> document = web.resolve("did:web:example.com");
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.error().code, "invalid DID document");
  }
}

TEST_F(DidWebResolverTest, JsonDepthIsLimited) {
  std::string deep = R"({"id": "did:web:example.com", "x": )";
  deep += std::string(100, '[') + std::string(100, ']') + "}";
  fetcher_->serve("https://example.com/.well-known/did.json", deep);
  Result<boost::json::object> document = resolver().resolve("did:web:example.com");
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code, "invalid DID document");
}

TEST_F(DidWebResolverTest, FetchFailureNamesTheUrlAndIsNotCached) {
  const DidWebResolver web = resolver();
  Result<boost::json::object> first = web.resolve("did:web:example.com:missing");
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.error().code, "DID resolution failed");
  EXPECT_NE(first.error().message.find("https://example.com/missing/did.json"), std::string::npos);
  ASSERT_FALSE(web.resolve("did:web:example.com:missing").ok());
  EXPECT_EQ(fetcher_->request_count(), 2u);
}

TEST_F(DidWebResolverTest, OtherMethodsAreNotFetched) {
  Result<boost::json::object> document =
      resolver().resolve("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp");
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code, kUnsupportedDidMethod);
  EXPECT_EQ(fetcher_->request_count(), 0u);
}

TEST_F(DidWebResolverTest, CachesForTheTimeToLive) {
  const ManualClock clock;
  DidWebOptions options;
  options.cache_time_to_live = std::chrono::seconds(60);
  options.clock = clock.function();
  const DidWebResolver web = resolver(options);
  const std::string did = "did:web:example.com";
  const crypto::Ed25519PublicKey old_key = testing::random_ed25519_key();
  const crypto::Ed25519PublicKey new_key = testing::random_ed25519_key();
  fetcher_->serve("https://example.com/.well-known/did.json", document_text(did, old_key));

  ASSERT_TRUE(web.resolve(did).ok());
  fetcher_->serve("https://example.com/.well-known/did.json", document_text(did, new_key));
  clock.advance(std::chrono::seconds(59));
  Result<VerificationMethod> cached = resolve_verification_method(web, did + "#key-1");
  ASSERT_TRUE(cached.ok());
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(cached->key), old_key);
  EXPECT_EQ(fetcher_->request_count(), 1u);

  clock.advance(std::chrono::seconds(1));
  Result<VerificationMethod> fresh = resolve_verification_method(web, did + "#key-1");
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(fresh->key), new_key);
  EXPECT_EQ(fetcher_->request_count(), 2u);
}

TEST_F(DidWebResolverTest, CacheHoldsAtMostMaxEntries) {
  const ManualClock clock;
  DidWebOptions options;
  options.cache_max_entries = 2;
  options.clock = clock.function();
  const DidWebResolver web = resolver(options);
  for (std::string name : {"a", "b", "c"}) {
    fetcher_->serve("https://" + name + ".example/.well-known/did.json",
                    document_text("did:web:" + name + ".example", testing::random_ed25519_key()));
  }
  for (std::string name : {"a", "b", "c"}) {
    ASSERT_TRUE(web.resolve("did:web:" + name + ".example").ok());
    clock.advance(std::chrono::seconds(1));
  }
  EXPECT_EQ(fetcher_->request_count(), 3u);
  // "a" was the oldest and made room for "c"; "b" and "c" are still cached.
  ASSERT_TRUE(web.resolve("did:web:c.example").ok());
  ASSERT_TRUE(web.resolve("did:web:b.example").ok());
  EXPECT_EQ(fetcher_->request_count(), 3u);
  ASSERT_TRUE(web.resolve("did:web:a.example").ok());
  EXPECT_EQ(fetcher_->request_count(), 4u);
}

TEST_F(DidWebResolverTest, ZeroTimeToLiveDisablesTheCache) {
  DidWebOptions options;
  options.cache_time_to_live = std::chrono::seconds(0);
  const DidWebResolver web = resolver(options);
  fetcher_->serve("https://example.com/.well-known/did.json",
                  document_text("did:web:example.com", testing::random_ed25519_key()));
  ASSERT_TRUE(web.resolve("did:web:example.com").ok());
  ASSERT_TRUE(web.resolve("did:web:example.com").ok());
  EXPECT_EQ(fetcher_->request_count(), 2u);
}

TEST_F(DidWebResolverTest, ConcurrentResolutionsAllSucceed) {
  constexpr int kDids = 8;
  for (int i = 0; i < kDids; ++i) {
    const std::string did = "did:web:example.com:u" + std::to_string(i);
    fetcher_->serve("https://example.com/u" + std::to_string(i) + "/did.json",
                    document_text(did, testing::random_ed25519_key()));
  }
  DidWebOptions options;
  options.cache_max_entries = 4;  // smaller than the DIDs, so threads also evict
  const DidWebResolver web = resolver(options);
  std::atomic<int> failures = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        const std::string did = "did:web:example.com:u" + std::to_string((round + t) % kDids);
        Result<boost::json::object> document = web.resolve(did);
        if (!document.ok() || document->at("id").as_string() != did) ++failures;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
}

TEST(DidDocumentCacheTest, ExpiredEntriesGoFirstWhenFull) {
  DidDocumentCache cache(std::chrono::seconds(10), 2);
  const Clock::time_point start{};
  cache.insert("did:web:a", boost::json::object{{"id", "did:web:a"}}, start);
  cache.insert("did:web:b", boost::json::object{{"id", "did:web:b"}},
               start + std::chrono::seconds(5));
  EXPECT_TRUE(cache.find("did:web:a", start + std::chrono::seconds(9)).has_value());
  EXPECT_FALSE(cache.find("did:web:a", start + std::chrono::seconds(10)).has_value());
  cache.insert("did:web:c", boost::json::object{{"id", "did:web:c"}},
               start + std::chrono::seconds(11));
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_TRUE(cache.find("did:web:b", start + std::chrono::seconds(11)).has_value());
  EXPECT_TRUE(cache.find("did:web:c", start + std::chrono::seconds(11)).has_value());
}

TEST(DidDocumentCacheTest, ReinsertingReplaces) {
  DidDocumentCache cache(std::chrono::seconds(10), 1);
  const Clock::time_point start{};
  cache.insert("did:web:a", boost::json::object{{"v", 1}}, start);
  cache.insert("did:web:a", boost::json::object{{"v", 2}}, start);
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.find("did:web:a", start)->at("v"), 2);
}

}  // namespace
}  // namespace cairn::did
