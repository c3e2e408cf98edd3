// A `cairn serve` process for system tests: started with posix_spawn on a free loopback port,
// its stdout and stderr in files, stopped with SIGTERM or killed with SIGKILL. Also runs other
// `cairn` commands to completion.
//
// Thread-safety: one test thread drives each object.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cairn::testing {

// Runs `cairn args...` and returns its stdout; throws std::runtime_error when it exits non-zero.
std::string run_cairn(const std::vector<std::string>& args, const std::filesystem::path& scratch);

class ServeProcess {
 public:
  // Starts `cairn serve --listen 127.0.0.1:0 args...` and waits (up to 60 s) until it listens.
  ServeProcess(const std::vector<std::string>& args, const std::filesystem::path& scratch);
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  std::uint16_t port() const { return port_; }
  // SIGKILL, as a crash: nothing is flushed, nothing finishes.
  void kill_hard();
  // SIGTERM and wait for the exit; returns the exit status.
  int stop();

 private:
  pid_t pid_ = -1;
  std::uint16_t port_ = 0;
};

}  // namespace cairn::testing
