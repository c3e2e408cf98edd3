// Test support for HTTP: a Server running on a free loopback port in a background thread, and a
// small synchronous client (one connection, keep-alive) to talk to it. Used by the http/ and api/
// tests.
//
// Thread-safety: TestServer is driven from the test's thread; the server runs on its own.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "http/access_log.h"
#include "http/request_metrics.h"
#include "http/router.h"
#include "http/server.h"

namespace cairn::http::testing {

class TestServer {
 public:
  // Add routes to router() first, then start().
  TestServer() = default;
  ~TestServer();

  Router& router() { return router_; }
  RequestMetrics& metrics() { return metrics_; }
  Server& server() { return *server_; }
  // Listens on 127.0.0.1 on a free port and serves on `options.threads` threads (signals not
  // handled). Throws std::runtime_error when it cannot listen.
  void start(ServerOptions options = {});
  // Stops gracefully and waits for run() to return.
  void stop();
  std::uint16_t port() const { return port_; }
  std::string log_text() const { return log_stream_.str(); }

 private:
  Router router_;
  std::ostringstream log_stream_;
  AccessLog log_{log_stream_};
  RequestMetrics metrics_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::uint16_t port_ = 0;
};

class TestClient {
 public:
  // Connects to 127.0.0.1:port; throws on failure.
  explicit TestClient(std::uint16_t port);

  // Sends a request (Host and Content-Length filled in) and reads the response; throws
  // boost::system::system_error when the connection fails.
  Response send(Request request);
  Response get(const std::string& target);
  Response post(const std::string& target, std::string body,
                const std::string& content_type = "application/json");
  // A request as an API client sends it: `Authorization: Bearer <token>` unless the token is
  // empty, and a JSON body unless `body` is empty.
  Response call(Verb method, const std::string& target, const std::string& token,
                std::string body = "");
  // Writes raw bytes, then reads one response.
  Response send_raw(const std::string& bytes);
  void write_raw(const std::string& bytes);
  Response read_response();
  // True when the server has closed the connection (a read meets end of stream or a reset).
  bool closed_by_server();

 private:
  boost::asio::io_context io_;
  boost::beast::tcp_stream stream_{io_};
  boost::beast::flat_buffer buffer_;
};

}  // namespace cairn::http::testing
