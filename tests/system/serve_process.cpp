#include "serve_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace cairn::testing {
namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

pid_t spawn(const std::vector<std::string>& args, const std::filesystem::path& out,
            const std::filesystem::path& err) {
  std::vector<std::string> argv_text = {CAIRN_BINARY};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_text) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid = -1;
  const int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) throw std::runtime_error("cannot start " + argv_text[0]);
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

std::string run_cairn(const std::vector<std::string>& args, const std::filesystem::path& scratch) {
  static int runs = 0;
  const std::string name = "run-" + std::to_string(++runs);
  const pid_t pid = spawn(args, scratch / (name + ".out"), scratch / (name + ".err"));
  if (wait_exit(pid) != 0) {
    throw std::runtime_error("cairn " + args.front() +
                             " failed: " + slurp(scratch / (name + ".err")));
  }
  return slurp(scratch / (name + ".out"));
}

ServeProcess::ServeProcess(const std::vector<std::string>& args,
                           const std::filesystem::path& scratch) {
  static int processes = 0;
  const std::string name = "serve-" + std::to_string(++processes);
  std::vector<std::string> full = {"serve", "--listen", "127.0.0.1:0"};
  full.insert(full.end(), args.begin(), args.end());
  const std::filesystem::path out = scratch / (name + ".out");
  pid_ = spawn(full, out, scratch / (name + ".err"));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  constexpr std::string_view kListening = "listening on http://127.0.0.1:";
  while (std::chrono::steady_clock::now() < deadline) {
    const std::string text = slurp(out);
    if (const std::size_t at = text.find(kListening); at != std::string::npos) {
      port_ = static_cast<std::uint16_t>(std::stoi(text.substr(at + kListening.size())));
      return;
    }
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("cairn serve exited: " + slurp(scratch / (name + ".err")));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  throw std::runtime_error("cairn serve did not start listening within 60 s");
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0) kill_hard();
}

void ServeProcess::kill_hard() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  wait_exit(pid_);
  pid_ = -1;
}

int ServeProcess::stop() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  const int status = wait_exit(pid_);
  pid_ = -1;
  return status;
}

}  // namespace cairn::testing
