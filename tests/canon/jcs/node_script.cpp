#include "node_script.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace cairn::canon::jcs::testing {

namespace {

namespace fs = std::filesystem;

std::string find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream directories(path ? path : "");
  std::string directory;
  while (std::getline(directories, directory, ':')) {
    if (directory.empty()) continue;
    const fs::path candidate = fs::path(directory) / program;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return {};
}

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// A fresh directory under the system's temporary directory, removed when the run ends.
class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::random_device entropy;
    path_ = fs::temp_directory_path() /
            ("cairn-jcs-" + std::to_string(::getpid()) + "-" + std::to_string(entropy()));
    fs::create_directories(path_);
  }
  ~TemporaryDirectory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

NodeScriptRun run_node_script(const std::string& script_name,
                              const std::vector<std::string>& input_lines) {
  NodeScriptRun run;
  const std::string node = find_on_path("node");
  if (node.empty()) {
    run.error = "node was not found on PATH; Node.js is a required dependency (scripts/setup)";
    return run;
  }
  const TemporaryDirectory directory;
  const fs::path input = directory.path() / "input.txt";
  const fs::path output = directory.path() / "output.txt";
  {
    std::ofstream file(input, std::ios::binary);
    for (const std::string& line : input_lines) file << line << '\n';
    if (!file) {
      run.error = "could not write " + input.string();
      return run;
    }
  }
  const fs::path script = fs::path(CAIRN_SOURCE_DIR) / "tests/canon/jcs" / script_name;
  const std::string command = shell_quote(node) + " " + shell_quote(script.string()) + " " +
                              shell_quote(input.string()) + " " + shell_quote(output.string());
  if (const int status = std::system(command.c_str()); status != 0) {
    run.error = "`" + command + "` failed with status " + std::to_string(status);
    return run;
  }
  std::ifstream file(output, std::ios::binary);
  for (std::string line; std::getline(file, line);) run.output.push_back(std::move(line));
  return run;
}

}  // namespace cairn::canon::jcs::testing
