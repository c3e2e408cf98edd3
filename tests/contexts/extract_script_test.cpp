// contexts/extract.mjs, the build step: accepts the committed lock file and fails, naming the
// URL, when a pin or a package does not match.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "test_support.h"

namespace cairn::contexts {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kOb303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

struct RunResult {
  int exit_status = -1;
  std::string output;  // stdout and stderr
};

std::string shell_quoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

class ExtractScript : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "cairn-contexts-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    work_dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(work_dir_); }

  // Writes the committed lock file, changed by `edit`, into the work directory; returns its path.
  std::string edited_lock(const std::function<void(boost::json::array&)>& edit) {
    auto lock = boost::json::parse(
        testing::read_file(std::string(CAIRN_SOURCE_DIR) + "/contexts/contexts.lock.json"));
    edit(lock.at("contexts").as_array());
    const std::string path = (work_dir_ / "contexts.lock.json").string();
    std::ofstream(path) << boost::json::serialize(lock);
    return path;
  }

  // Runs the build step on `lock`, writing into the work directory.
  RunResult run(const std::string& lock, const std::string& node_modules = CAIRN_NODE_MODULES) {
    return run_extractor("--lock " + shell_quoted(lock) + " --node-modules " +
                         shell_quoted(node_modules) + " --out-dir " +
                         shell_quoted((work_dir_ / "jsonld").string()) + " --cpp " +
                         shell_quoted(cpp_path()));
  }

  RunResult run_extractor(const std::string& arguments) {
    const std::string command =
        shell_quoted(CAIRN_NODE_EXECUTABLE) + " " +
        shell_quoted(std::string(CAIRN_SOURCE_DIR) + "/contexts/extract.mjs") + " " + arguments +
        " 2>&1";
    RunResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
      result.output.append(buffer, n);
    }
    const int status = pclose(pipe);
    result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
  }

  std::string cpp_path() const { return (work_dir_ / "table.cpp").string(); }

  static boost::json::object& entry_for(boost::json::array& contexts, std::string_view url) {
    for (auto& entry : contexts) {
      if (entry.as_object().at("url").as_string() == url) return entry.as_object();
    }
    throw std::runtime_error("lock file has no entry for " + std::string(url));
  }

  fs::path work_dir_;
};

TEST_F(ExtractScript, AcceptsTheCommittedLockAndWritesOneFilePerContext) {
  const auto result = run(std::string(CAIRN_SOURCE_DIR) + "/contexts/contexts.lock.json");
  ASSERT_EQ(result.exit_status, 0) << result.output;
  EXPECT_TRUE(fs::exists(cpp_path()));
  const auto files = std::distance(fs::directory_iterator(work_dir_ / "jsonld"), {});
  EXPECT_EQ(static_cast<std::size_t>(files), testing::read_lock_file().size());
}

TEST_F(ExtractScript, FailsNamingTheUrlWhenTheBytesDoNotMatchThePinnedSha256) {
  const auto lock = edited_lock([](boost::json::array& contexts) {
    auto& sha256 = entry_for(contexts, kOb303).at("sha256").as_string();
    sha256.back() = sha256.back() == '0' ? '1' : '0';
  });
  const auto result = run(lock);
  EXPECT_EQ(result.exit_status, 1) << result.output;
  EXPECT_NE(result.output.find(std::string(kOb303) + ": the bytes from"), std::string::npos)
      << result.output;
  EXPECT_FALSE(fs::exists(cpp_path()));
}

TEST_F(ExtractScript, FailsWhenTheInstalledVersionIsNotThePinnedOne) {
  const auto lock = edited_lock(
      [](boost::json::array& contexts) { entry_for(contexts, kOb303)["version"] = "0.0.1"; });
  const auto result = run(lock);
  EXPECT_EQ(result.exit_status, 1) << result.output;
  EXPECT_NE(result.output.find(std::string(kOb303) + ": installed"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("pins 0.0.1; run scripts/setup"), std::string::npos)
      << result.output;
  EXPECT_FALSE(fs::exists(cpp_path()));
}

TEST_F(ExtractScript, FailsAskingForSetupWhenThePackagesAreMissing) {
  fs::create_directory(work_dir_ / "empty_node_modules");
  const auto result = run(std::string(CAIRN_SOURCE_DIR) + "/contexts/contexts.lock.json",
                          (work_dir_ / "empty_node_modules").string());
  EXPECT_EQ(result.exit_status, 1) << result.output;
  EXPECT_NE(result.output.find(std::string(kOb303) + ": npm package"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("run scripts/setup"), std::string::npos) << result.output;
  EXPECT_FALSE(fs::exists(cpp_path()));
}

TEST_F(ExtractScript, FailsWhenThePackageDoesNotPublishTheUrl) {
  const std::string unpublished = "https://www.w3.org/ns/did/v2";
  const auto lock = edited_lock([&](boost::json::array& contexts) {
    entry_for(contexts, "https://www.w3.org/ns/did/v1")["url"] = unpublished;
  });
  const auto result = run(lock);
  EXPECT_EQ(result.exit_status, 1) << result.output;
  EXPECT_NE(result.output.find(unpublished + ": did-context@"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("does not declare this URL"), std::string::npos) << result.output;
  EXPECT_FALSE(fs::exists(cpp_path()));
}

// --update fills in the version and SHA-256 of a new entry from the installed package; the
// result must be the pins that were committed for it.
TEST_F(ExtractScript, UpdateFillsInTheCommittedPinsOfANewEntry) {
  std::string committed_version;
  std::string committed_sha256;
  const auto lock = edited_lock([&](boost::json::array& contexts) {
    auto& entry = entry_for(contexts, kOb303);
    committed_version = entry.at("version").as_string();
    committed_sha256 = entry.at("sha256").as_string();
    entry.erase("version");
    entry.erase("sha256");
  });
  const auto result = run_extractor("--lock " + shell_quoted(lock) + " --node-modules " +
                                    shell_quoted(CAIRN_NODE_MODULES) + " --update");
  ASSERT_EQ(result.exit_status, 0) << result.output;
  EXPECT_NE(result.output.find(std::string(kOb303) + ":"), std::string::npos) << result.output;
  auto updated = boost::json::parse(testing::read_file(lock));
  const auto& entry = entry_for(updated.at("contexts").as_array(), kOb303);
  EXPECT_EQ(entry.at("version").as_string(), committed_version);
  EXPECT_EQ(entry.at("sha256").as_string(), committed_sha256);
  const auto build = run(lock);
  EXPECT_EQ(build.exit_status, 0) << build.output;
}

}  // namespace
}  // namespace cairn::contexts
