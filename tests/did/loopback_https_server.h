// LoopbackHttpsServer: a small HTTPS/1.1 server on 127.0.0.1 (Boost.Beast), run on its own
// thread, for testing BeastHttpsFetcher without a network. Each connection serves one request
// with the Reply the handler gives for its target.
#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "test_tls_certificate.h"

namespace cairn::did::testing {

class LoopbackHttpsServer {
 public:
  struct Reply {
    int status = 200;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    bool chunked = false;  // send the body chunked, without Content-Length
    bool stall = false;    // accept the request, then never answer

    static Reply ok(std::string body, bool chunked = false) {
      Reply reply;
      reply.body = std::move(body);
      reply.chunked = chunked;
      return reply;
    }
    static Reply status_only(int status) {
      Reply reply;
      reply.status = status;
      return reply;
    }
    static Reply redirect(int status, std::string location) {
      Reply reply = status_only(status);
      reply.headers.emplace_back("Location", std::move(location));
      return reply;
    }
    static Reply stalled() {
      Reply reply;
      reply.stall = true;
      return reply;
    }
  };
  using Handler = std::function<Reply(const std::string& target)>;

  // Listens on 127.0.0.1 on a free port, presenting `certificate`.
  LoopbackHttpsServer(const TestCertificate& certificate, Handler handler);
  ~LoopbackHttpsServer();
  LoopbackHttpsServer(const LoopbackHttpsServer&) = delete;
  LoopbackHttpsServer& operator=(const LoopbackHttpsServer&) = delete;

  unsigned short port() const { return port_; }
  int requests() const { return requests_; }
  // The Host header of the last request.
  std::string last_host() const;

 private:
  boost::asio::awaitable<void> listen();
  boost::asio::awaitable<void> serve(boost::asio::ip::tcp::socket socket);

  boost::asio::io_context io_;
  boost::asio::ssl::context tls_;
  boost::asio::ip::tcp::acceptor acceptor_;
  Handler handler_;
  unsigned short port_ = 0;
  std::atomic<int> requests_ = 0;
  mutable std::mutex mutex_;
  std::string last_host_;
  std::thread thread_;
};

}  // namespace cairn::did::testing
