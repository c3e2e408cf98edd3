#include "test_server.h"

#include <sys/socket.h>
#include <sys/time.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <stdexcept>

namespace cairn::http::testing {

TestServer::~TestServer() { stop(); }

void TestServer::start(ServerOptions options) {
  options.address = "127.0.0.1";
  options.port = 0;
  options.handle_signals = false;
  if (options.threads == 0) options.threads = 2;
  server_ = std::make_unique<Server>(router_, options, log_, metrics_);
  Result<boost::asio::ip::tcp::endpoint> endpoint = server_->listen();
  if (!endpoint) throw std::runtime_error(endpoint.error().to_string());
  port_ = endpoint->port();
  thread_ = std::thread([this] { server_->run(); });
}

void TestServer::stop() {
  if (!thread_.joinable()) return;
  server_->stop();
  thread_.join();
}

TestClient::TestClient(std::uint16_t port) {
  stream_.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
  stream_.expires_never();
}

Response TestClient::send(Request request) {
  request.set(boost::beast::http::field::host, "127.0.0.1");
  request.prepare_payload();
  boost::beast::http::write(stream_, request);
  Response response;
  boost::beast::http::read(stream_, buffer_, response);
  return response;
}

Response TestClient::get(const std::string& target) { return send(Request{Verb::get, target, 11}); }

Response TestClient::post(const std::string& target, std::string body,
                          const std::string& content_type) {
  Request request{Verb::post, target, 11};
  request.set(boost::beast::http::field::content_type, content_type);
  request.body() = std::move(body);
  return send(std::move(request));
}

Response TestClient::call(Verb method, const std::string& target, const std::string& token,
                          std::string body) {
  Request request{method, target, 11};
  if (!token.empty()) request.set(boost::beast::http::field::authorization, "Bearer " + token);
  if (!body.empty()) {
    request.set(boost::beast::http::field::content_type, "application/json");
    request.body() = std::move(body);
  }
  return send(std::move(request));
}

Response TestClient::send_raw(const std::string& bytes) {
  write_raw(bytes);
  return read_response();
}

void TestClient::write_raw(const std::string& bytes) {
  boost::asio::write(stream_, boost::asio::buffer(bytes));
}

Response TestClient::read_response() {
  boost::beast::http::response_parser<boost::beast::http::string_body> parser;
  parser.body_limit(1u << 20);
  boost::beast::http::read(stream_, buffer_, parser);
  return parser.release();
}

bool TestClient::closed_by_server() {
  // A synchronous read has no Beast timeout: bound it with the socket's own, so that a server
  // that keeps the connection open makes this return false instead of hanging.
  const timeval timeout{5, 0};
  setsockopt(stream_.socket().native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  boost::beast::error_code error;
  char byte;
  stream_.socket().read_some(boost::asio::buffer(&byte, 1), error);
  return error == boost::asio::error::eof || error == boost::asio::error::connection_reset;
}

}  // namespace cairn::http::testing
