// The embedded table against contexts/contexts.lock.json and the installed npm packages.
#include "contexts/bundled_contexts.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "test_support.h"

namespace cairn::contexts {
namespace {

using testing::LockedContext;
using testing::openssl_sha256_hex;
using testing::read_file;
using testing::read_lock_file;

TEST(BundledContexts, TableListsExactlyTheLockedContexts) {
  const auto locked = read_lock_file();
  ASSERT_EQ(all_bundled_contexts().size(), locked.size());
  for (const LockedContext& entry : locked) {
    const BundledContext* bundled = find_bundled_context(entry.url);
    ASSERT_NE(bundled, nullptr) << entry.url;
    EXPECT_EQ(bundled->url, entry.url);
    EXPECT_EQ(bundled->package, entry.package + "@" + entry.version) << entry.url;
    EXPECT_EQ(bundled->sha256_hex, entry.sha256) << entry.url;
  }
}

TEST(BundledContexts, UrlsAreDistinct) {
  std::set<std::string_view> urls;
  for (const BundledContext& context : all_bundled_contexts()) {
    EXPECT_TRUE(urls.insert(context.url).second) << context.url;
  }
}

TEST(BundledContexts, EveryBodyHashesToItsPinnedSha256) {
  for (const BundledContext& context : all_bundled_contexts()) {
    EXPECT_EQ(openssl_sha256_hex(context.json), context.sha256_hex) << context.url;
  }
}

// For contexts the packages ship as files, the embedded bytes are those files, byte for byte.
TEST(BundledContexts, FileSourcedBodiesEqualThePackageFiles) {
  const std::string node_modules = CAIRN_NODE_MODULES;
  if (!std::filesystem::exists(node_modules)) {
    GTEST_SKIP() << "skipped: " << node_modules << " not present (run scripts/setup)";
  }
  int compared = 0;
  for (const LockedContext& entry : read_lock_file()) {
    const std::string prefix = "file:";
    if (entry.source.rfind(prefix, 0) != 0) continue;
    const std::string path =
        node_modules + "/" + entry.package + "/" + entry.source.substr(prefix.size());
    const BundledContext* bundled = find_bundled_context(entry.url);
    ASSERT_NE(bundled, nullptr) << entry.url;
    EXPECT_EQ(bundled->json, read_file(path)) << entry.url << " vs " << path;
    ++compared;
  }
  EXPECT_GT(compared, 0);
}

TEST(BundledContexts, FindMatchesTheUrlExactly) {
  const std::string_view did_v1 = "https://www.w3.org/ns/did/v1";
  ASSERT_NE(find_bundled_context(did_v1), nullptr);
  EXPECT_EQ(find_bundled_context("https://www.w3.org/ns/did/v1/"), nullptr);
  EXPECT_EQ(find_bundled_context("http://www.w3.org/ns/did/v1"), nullptr);
  EXPECT_EQ(find_bundled_context("HTTPS://WWW.W3.ORG/ns/did/v1"), nullptr);
  EXPECT_EQ(find_bundled_context("https://www.w3.org/ns/did/v1#x"), nullptr);
  EXPECT_EQ(find_bundled_context(""), nullptr);
}

}  // namespace
}  // namespace cairn::contexts
