#include "loopback_https_server.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>

namespace cairn::did::testing {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

}  // namespace

LoopbackHttpsServer::LoopbackHttpsServer(const TestCertificate& certificate, Handler handler)
    : tls_(asio::ssl::context::tls_server),
      acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)),
      handler_(std::move(handler)) {
  tls_.use_certificate_chain(asio::buffer(certificate.certificate_pem));
  tls_.use_private_key(asio::buffer(certificate.private_key_pem), asio::ssl::context::pem);
  port_ = acceptor_.local_endpoint().port();

  asio::co_spawn(io_, listen(), asio::detached);
  thread_ = std::thread([this] { io_.run(); });
}

asio::awaitable<void> LoopbackHttpsServer::listen() {
  for (;;) {
    boost::system::error_code error;
    tcp::socket socket =
        co_await acceptor_.async_accept(asio::redirect_error(asio::use_awaitable, error));
    if (error) co_return;
    asio::co_spawn(io_, serve(std::move(socket)), asio::detached);
  }
}

asio::awaitable<void> LoopbackHttpsServer::serve(tcp::socket socket) {
  boost::system::error_code error;
  auto token = asio::redirect_error(asio::use_awaitable, error);
  beast::ssl_stream<beast::tcp_stream> stream(std::move(socket), tls_);
  beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(20));
  co_await stream.async_handshake(asio::ssl::stream_base::server, token);
  if (error) co_return;
  beast::flat_buffer buffer;
  http::request<http::string_body> request;
  co_await http::async_read(stream, buffer, request, token);
  if (error) co_return;
  {
    const std::lock_guard lock(mutex_);
    last_host_ = std::string(request[http::field::host]);
  }
  const Reply reply = handler_(std::string(request.target()));
  ++requests_;
  if (reply.stall) {
    asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::seconds(30));
    co_await timer.async_wait(token);
    co_return;
  }
  http::response<http::string_body> response{static_cast<http::status>(reply.status), 11};
  for (const auto& [name, value] : reply.headers) response.set(name, value);
  response.body() = reply.body;
  if (reply.chunked) {
    response.chunked(true);
  } else {
    response.prepare_payload();
  }
  co_await http::async_write(stream, response, token);
  co_await stream.async_shutdown(token);
}

LoopbackHttpsServer::~LoopbackHttpsServer() {
  io_.stop();
  thread_.join();
}

std::string LoopbackHttpsServer::last_host() const {
  const std::lock_guard lock(mutex_);
  return last_host_;
}

}  // namespace cairn::did::testing
