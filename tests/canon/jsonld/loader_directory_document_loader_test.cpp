// Unit tests of DirectoryDocumentLoader: what it serves, what it refuses (other prefixes, path
// traversal in every spelling, symbolic links out of the directory, queries), and its limits.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "canon/jsonld/directory_document_loader.h"

namespace cairn::canon::jsonld {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPrefix = "https://example.org/contexts/";

class DirectoryDocumentLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("cairn_loader_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "served" / "sub");
    write("served/a.jsonld", R"({"@context": {"name": "http://schema.org/name"}})");
    write("served/sub/b.json", R"([1, 2])");
    write("served/space name.jsonld", R"({"x": 1})");
    write("served/broken.jsonld", R"({"a": 1,})");
    write("secret.jsonld", R"({"secret": true})");
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& relative, const std::string& text) {
    std::ofstream(root_ / relative, std::ios::binary) << text;
  }

  DirectoryDocumentLoader loader(DirectoryLoaderLimits limits = {}) {
    return DirectoryDocumentLoader(kPrefix, root_ / "served", limits);
  }

  void expect_refused(const DirectoryDocumentLoader& loader, const std::string& url) {
    Result<RemoteDocument> result = loader.load(url);
    ASSERT_FALSE(result.ok()) << url << " was served";
    EXPECT_EQ(result.error().code, "loading document failed") << url;
    EXPECT_NE(result.error().message.find(url), std::string::npos) << result.error().message;
  }

  fs::path root_;
};

TEST_F(DirectoryDocumentLoaderTest, ServesFilesUnderThePrefix) {
  const DirectoryDocumentLoader served = loader();
  Result<RemoteDocument> a = served.load(std::string(kPrefix) + "a.jsonld");
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  EXPECT_EQ(a->document_url, std::string(kPrefix) + "a.jsonld");
  EXPECT_EQ(a->content_type, "application/ld+json");
  EXPECT_TRUE(a->context_url.empty());
  EXPECT_EQ(a->document.at("@context").at("name").as_string(), "http://schema.org/name");

  Result<RemoteDocument> b = served.load(std::string(kPrefix) + "sub/b.json#fragment");
  ASSERT_TRUE(b.ok()) << b.error().to_string();
  EXPECT_EQ(b->document_url, std::string(kPrefix) + "sub/b.json");
  EXPECT_EQ(b->content_type, "application/json");
  EXPECT_EQ(b->document.as_array().size(), 2u);

  Result<RemoteDocument> spaced = served.load(std::string(kPrefix) + "space%20name.jsonld");
  ASSERT_TRUE(spaced.ok()) << spaced.error().to_string();
  EXPECT_EQ(spaced->document.at("x").as_int64(), 1);
}

TEST_F(DirectoryDocumentLoaderTest, ServesSeveralPrefixesAndPrefersTheLongest) {
  DirectoryDocumentLoader served;
  served.add_mapping("https://example.org/", root_);
  served.add_mapping("https://example.org/contexts", root_ / "served");  // "/" is added
  Result<RemoteDocument> a = served.load("https://example.org/contexts/a.jsonld");
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  EXPECT_TRUE(a->document.as_object().contains("@context"));
  Result<RemoteDocument> secret = served.load("https://example.org/secret.jsonld");
  ASSERT_TRUE(secret.ok()) << secret.error().to_string();
  EXPECT_TRUE(secret->document.at("secret").as_bool());
}

TEST_F(DirectoryDocumentLoaderTest, RefusesUrlsOutsideEveryPrefix) {
  const DirectoryDocumentLoader served = loader();
  expect_refused(served, "https://example.org/other/a.jsonld");
  expect_refused(served, "https://example.org/contextsa.jsonld");
  expect_refused(served, "http://example.org/contexts/a.jsonld");
  expect_refused(served, "a.jsonld");
  expect_refused(DirectoryDocumentLoader(), std::string(kPrefix) + "a.jsonld");
}

TEST_F(DirectoryDocumentLoaderTest, RefusesPathTraversalInEverySpelling) {
  const DirectoryDocumentLoader served = loader();
  for (const char* rest : {"../secret.jsonld", "sub/../../secret.jsonld", "%2e%2e/secret.jsonld",
                           "%2E%2E/secret.jsonld", ".%2e/secret.jsonld",
                           "sub%2F..%2F..%2Fsecret.jsonld", "..%5Csecret.jsonld", "./a.jsonld",
                           "sub//b.json", "", "sub/", "a.jsonld%00", "%zz", "a.jsonld%"}) {
    expect_refused(served, std::string(kPrefix) + rest);
  }
}

TEST_F(DirectoryDocumentLoaderTest, RefusesSymbolicLinksLeadingOutOfTheDirectory) {
  fs::create_symlink(root_ / "secret.jsonld", root_ / "served" / "link.jsonld");
  expect_refused(loader(), std::string(kPrefix) + "link.jsonld");
}

TEST_F(DirectoryDocumentLoaderTest, RefusesQueriesDirectoriesAndMissingFiles) {
  const DirectoryDocumentLoader served = loader();
  expect_refused(served, std::string(kPrefix) + "a.jsonld?version=2");
  expect_refused(served, std::string(kPrefix) + "sub");
  expect_refused(served, std::string(kPrefix) + "missing.jsonld");
}

TEST_F(DirectoryDocumentLoaderTest, ReportsInvalidJsonWithTheParsersError) {
  Result<RemoteDocument> result = loader().load(std::string(kPrefix) + "broken.jsonld");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "loading document failed");
  EXPECT_NE(result.error().message.find("invalid JSON"), std::string::npos)
      << result.error().message;
}

TEST_F(DirectoryDocumentLoaderTest, EnforcesTheSizeLimitAtItsBoundary) {
  const std::string text = R"({"x": 1})";  // 8 bytes
  write("served/eight.jsonld", text);
  DirectoryLoaderLimits limits;
  limits.max_document_bytes = text.size();
  EXPECT_TRUE(loader(limits).load(std::string(kPrefix) + "eight.jsonld").ok());
  limits.max_document_bytes = text.size() - 1;
  Result<RemoteDocument> result = loader(limits).load(std::string(kPrefix) + "eight.jsonld");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("limit"), std::string::npos) << result.error().message;
}

}  // namespace
}  // namespace cairn::canon::jsonld
