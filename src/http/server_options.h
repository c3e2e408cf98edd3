// How `http::Server` listens and what it accepts: every limit of the HTTP front door, stated
// once. A request that breaks a limit gets a JSON error (413, 431, 400) and its connection is
// closed; a connection that stays silent past a timeout is closed.
//
// Thread-safety: a plain value.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace cairn::http {

struct ServerLimits {
  std::size_t header_bytes = 16 * 1024;   // request line and headers together
  std::size_t body_bytes = 1024 * 1024;   // unless a route allows more (RouteOptions)
  std::size_t connections = 10'000;       // open at once; more are closed at once
  std::chrono::seconds idle_timeout{60};  // keep-alive: waiting for the next request
  std::chrono::seconds read_timeout{30};  // from the first byte of a request to its last
  std::chrono::seconds write_timeout{30};
};

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port (tests)
  unsigned threads = 0;       // 0: as many as the machine has cores
  ServerLimits limits;
  // After a stop (SIGTERM, SIGINT or stop()), how long requests in flight may take to finish
  // before the server stops anyway.
  std::chrono::seconds grace_period{10};
  bool handle_signals = true;  // stop on SIGTERM and SIGINT
};

}  // namespace cairn::http
