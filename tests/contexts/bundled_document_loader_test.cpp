// BundledDocumentLoader: serves exactly the bundled contexts, refuses everything else, and
// refuses an embedded body that no longer matches its pinned SHA-256.
#include "contexts/bundled_document_loader.h"

#include <gtest/gtest.h>

#include <array>
#include <boost/json/parse.hpp>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace cairn::contexts {
namespace {

using testing::LockedContext;
using testing::openssl_sha256_hex;
using testing::read_file;
using testing::read_lock_file;

constexpr std::string_view kLoadFailed = "loading remote context failed";

TEST(BundledDocumentLoader, ServesEveryLockedUrlAsAJsonLdContextDocument) {
  const BundledDocumentLoader loader;
  for (const LockedContext& entry : read_lock_file()) {
    const auto loaded = loader.load(entry.url);
    ASSERT_TRUE(loaded.ok()) << entry.url << ": " << loaded.error().to_string();
    EXPECT_EQ(loaded->document_url, entry.url);
    EXPECT_EQ(loaded->content_type, "application/ld+json");
    ASSERT_TRUE(loaded->document.is_object()) << entry.url;
    const auto* context = loaded->document.as_object().if_contains("@context");
    ASSERT_NE(context, nullptr) << entry.url;
    EXPECT_TRUE(context->is_object()) << entry.url;
  }
}

TEST(BundledDocumentLoader, ServedDocumentIsTheEmbeddedBytesParsed) {
  const BundledDocumentLoader loader;
  for (const BundledContext& bundled : all_bundled_contexts()) {
    const auto loaded = loader.load(bundled.url);
    ASSERT_TRUE(loaded.ok()) << bundled.url;
    EXPECT_EQ(loaded->document, boost::json::parse(bundled.json)) << bundled.url;
  }
}

TEST(BundledDocumentLoader, UnknownUrlIsLoadingRemoteContextFailedNamingIt) {
  const BundledDocumentLoader loader;
  for (const std::string url : {"https://example.com/contexts/v1", "https://www.w3.org/ns/did/v1/",
                                "http://www.w3.org/2018/credentials/v1", ""}) {
    const auto loaded = loader.load(url);
    ASSERT_FALSE(loaded.ok()) << url;
    EXPECT_EQ(loaded.error().code, kLoadFailed);
    EXPECT_NE(loaded.error().message.find("\"" + url + "\""), std::string::npos)
        << loaded.error().message;
    EXPECT_NE(loaded.error().message.find("not a bundled context"), std::string::npos)
        << loaded.error().message;
  }
}

TEST(BundledDocumentLoader, MessageForAHugeUrlIsBounded) {
  const BundledDocumentLoader loader;
  const std::string url = "https://example.com/" + std::string(1u << 20, 'a');
  const auto loaded = loader.load(url);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, kLoadFailed);
  EXPECT_LT(loaded.error().message.size(), 1024u);
  EXPECT_NE(loaded.error().message.find("https://example.com/aaa"), std::string::npos);
}

// A table whose second body was altered after pinning; the first stays intact.
TEST(BundledDocumentLoader, RefusesABodyThatNoLongerMatchesItsPin) {
  const std::string intact = R"({"@context": {"name": "https://schema.org/name"}})";
  const std::string altered = R"({"@context": {"name": "https://evil.example/name"}})";
  const std::string intact_sha256 = openssl_sha256_hex(intact);
  const std::array<BundledContext, 2> table{{
      {"https://example.org/intact", intact, intact_sha256, "test@1.0.0"},
      {"https://example.org/altered", altered, intact_sha256, "test@1.0.0"},
  }};
  const BundledDocumentLoader loader(table);

  const auto good = loader.load("https://example.org/intact");
  ASSERT_TRUE(good.ok()) << good.error().to_string();
  EXPECT_EQ(good->document, boost::json::parse(intact));

  const auto bad = loader.load("https://example.org/altered");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, kLoadFailed);
  EXPECT_NE(bad.error().message.find("https://example.org/altered"), std::string::npos);
  EXPECT_NE(bad.error().message.find(intact_sha256), std::string::npos);
  EXPECT_NE(bad.error().message.find(openssl_sha256_hex(altered)), std::string::npos);
}

TEST(BundledDocumentLoader, RefusesAPinnedBodyThatIsNotJson) {
  const std::string broken = R"({"@context": )";
  const std::string broken_sha256 = openssl_sha256_hex(broken);
  const std::array<BundledContext, 1> table{{
      {"https://example.org/broken", broken, broken_sha256, "test@1.0.0"},
  }};
  const BundledDocumentLoader loader(table);
  const auto loaded = loader.load("https://example.org/broken");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, kLoadFailed);
  EXPECT_NE(loaded.error().message.find("not valid JSON"), std::string::npos)
      << loaded.error().message;
}

// The first use (check and parse) races on purpose: every thread must see the same answers.
TEST(BundledDocumentLoader, ConcurrentFirstUseServesEveryThread) {
  const BundledDocumentLoader loader;
  const auto contexts = all_bundled_contexts();
  std::vector<int> served(8, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < served.size(); ++t) {
    threads.emplace_back([&, t] {
      for (const BundledContext& bundled : contexts) {
        served[t] += loader.load(bundled.url).ok() ? 1 : 0;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int count : served) EXPECT_EQ(count, static_cast<int>(contexts.size()));
}

TEST(BundledDocumentLoader, OpenBadges303EqualsThe1EdTechPublishedContext) {
  const std::string spec_file =
      std::string(CAIRN_SHARED_DIR) + "/conformance/ob3-spec/ob_v3p0_context-3.0.3.json";
  if (!std::filesystem::exists(spec_file)) {
    GTEST_SKIP() << "skipped: ../shared/conformance/ob3-spec not present";
  }
  const BundledDocumentLoader loader;
  const auto loaded = loader.load("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(loaded->document, boost::json::parse(read_file(spec_file)));
}

}  // namespace
}  // namespace cairn::contexts
