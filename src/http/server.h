// Server: Cairn's HTTP/1.1 server on Boost.Beast. One coroutine per connection reads a request
// (header first, so the route's body limit applies before the body is read), runs the route's
// handler on the I/O thread, writes the response, and keeps the connection for the next request
// while the client wants it. Limits and timeouts come from ServerLimits; each answered request
// is written to the AccessLog and counted in RequestMetrics.
//
// Shutdown is graceful: stop() (or SIGTERM / SIGINT) closes the listening socket and the idle
// connections; connections in the middle of a request answer it (with "Connection: close") and
// then close; run() returns when the last one has, or when the grace period is over.
//
// Thread-safety: listen() and run() from one thread, once each; stop() from any thread, any
// number of times; handlers run on several threads at once.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <memory>

#include "common/result.h"
#include "http/access_log.h"
#include "http/request_metrics.h"
#include "http/router.h"
#include "http/server_options.h"

namespace cairn::http {

class Server {
 public:
  // The router, log and metrics must outlive the server.
  Server(const Router& router, ServerOptions options, AccessLog& log, RequestMetrics& metrics);
  ~Server();

  // Binds and listens. Returns the bound endpoint (the chosen port when the options asked for
  // port 0), or Error "listen failed" naming the address and the reason.
  Result<boost::asio::ip::tcp::endpoint> listen();

  // Serves until stopped; returns when every connection has closed or the grace period ran out.
  void run();

  // Begins the graceful shutdown.
  void stop();

  // True once stop() was called or a signal arrived: /readyz answers 503 from then on.
  bool stopping() const;

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace cairn::http
