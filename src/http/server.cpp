#include "http/server.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <csignal>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "http/responses.h"

namespace cairn::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Connection {
  explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
  beast::tcp_stream stream;
  bool idle = true;  // waiting for the next request; read and written on the connection's strand
};

// Lingering close, as nginx and Apache do it: a body over the limit is refused before it is read,
// and closing at once would reset the connection while the client still sends, so that it may
// never read the 413. Instead the server stops sending and drops what still arrives, for
// kLingerTime or kLingerBytes at most, then closes.
constexpr std::chrono::seconds kLingerTime{2};
constexpr std::size_t kLingerBytes = 32u << 20;

asio::awaitable<void> linger(beast::tcp_stream& stream) {
  beast::error_code error;
  stream.socket().shutdown(tcp::socket::shutdown_send, error);
  std::array<char, 16 * 1024> dropped;
  std::size_t drained = 0;
  stream.expires_after(kLingerTime);
  while (!error && drained < kLingerBytes) {
    drained += co_await stream.async_read_some(asio::buffer(dropped),
                                               asio::redirect_error(asio::use_awaitable, error));
  }
}

std::string peer_address(const beast::tcp_stream& stream) {
  beast::error_code error;
  const tcp::endpoint peer = stream.socket().remote_endpoint(error);
  return error ? std::string("unknown") : peer.address().to_string();
}

// A request that arrived but is not HTTP/1.1 (as opposed to a connection that closed, timed out
// or was cancelled, which leaves nobody to answer).
bool is_syntax_error(const beast::error_code& error) {
  return error.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
         error != bhttp::error::end_of_stream && error != bhttp::error::partial_message;
}

std::string allowed_methods(const std::vector<Verb>& methods) {
  std::string allow;
  for (Verb method : methods) {
    if (!allow.empty()) allow += ", ";
    allow += std::string(bhttp::to_string(method));
  }
  return allow;
}

}  // namespace

struct Server::State : std::enable_shared_from_this<State> {
  State(const Router& router, ServerOptions options, AccessLog& log, RequestMetrics& metrics)
      : router(router), options(std::move(options)), log(log), metrics(metrics) {}

  const Router& router;
  const ServerOptions options;
  AccessLog& log;
  RequestMetrics& metrics;

  asio::io_context io;
  // The listening socket, the signals and the grace timer are used from this strand only.
  asio::strand<asio::io_context::executor_type> control = asio::make_strand(io);
  tcp::acceptor acceptor{control};
  asio::signal_set signals{control};
  asio::steady_timer grace{control};
  std::atomic<bool> stopping{false};

  std::mutex connections_mutex;
  std::unordered_set<std::shared_ptr<Connection>> connections;

  bool add_connection(const std::shared_ptr<Connection>& connection) {
    const std::lock_guard lock(connections_mutex);
    if (connections.size() >= options.limits.connections) return false;
    connections.insert(connection);
    return true;
  }

  void remove_connection(const std::shared_ptr<Connection>& connection) {
    bool last = false;
    {
      const std::lock_guard lock(connections_mutex);
      connections.erase(connection);
      last = connections.empty();
    }
    if (last && stopping) {
      asio::post(control, [self = shared_from_this()] { self->grace.cancel(); });
    }
  }

  void begin_stop() {
    if (stopping.exchange(true)) return;
    asio::post(control, [self = shared_from_this()] { self->close_and_drain(); });
  }

  // On the control strand: no new connections; idle ones close now, busy ones after answering.
  void close_and_drain() {
    beast::error_code ignored;
    acceptor.close(ignored);
    signals.cancel(ignored);
    std::vector<std::shared_ptr<Connection>> open;
    {
      const std::lock_guard lock(connections_mutex);
      open.assign(connections.begin(), connections.end());
    }
    log.event("stopping", {{"open_connections", open.size()}});
    for (const auto& connection : open) {
      asio::post(connection->stream.get_executor(), [connection] {
        if (connection->idle) connection->stream.cancel();
      });
    }
    if (open.empty()) return;
    grace.expires_after(options.grace_period);
    grace.async_wait([self = shared_from_this()](beast::error_code error) {
      if (error) return;  // cancelled: every connection closed in time
      self->log.event("grace period over", {});
      self->io.stop();
    });
  }

  void watch_signals() {
    signals.add(SIGINT);
    signals.add(SIGTERM);
    signals.async_wait([self = shared_from_this()](beast::error_code error, int number) {
      if (error) return;
      self->log.event("signal", {{"signal", number == SIGTERM ? "SIGTERM" : "SIGINT"}});
      self->begin_stop();
    });
  }

  asio::awaitable<void> accept_loop() {
    auto self = shared_from_this();
    for (;;) {
      beast::error_code error;
      tcp::socket socket = co_await acceptor.async_accept(
          asio::make_strand(io), asio::redirect_error(asio::use_awaitable, error));
      if (stopping || !acceptor.is_open()) co_return;
      if (error) {
        // Out of descriptors, say: wait a moment rather than spin.
        asio::steady_timer pause(control, std::chrono::milliseconds(50));
        co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, error));
        continue;
      }
      auto connection = std::make_shared<Connection>(std::move(socket));
      if (!add_connection(connection)) {
        connection->stream.socket().close(error);
        continue;
      }
      asio::co_spawn(connection->stream.get_executor(), serve(connection), asio::detached);
    }
  }

  Response dispatch(const Request& request, const RouteLookup& lookup, std::string_view path,
                    std::string_view query, const std::string& client) {
    if (lookup.bad_path) {
      return error_response(request, Status::bad_request, "invalid path",
                            "the request path has a broken percent-encoding");
    }
    if (lookup.route == nullptr) {
      if (!lookup.allowed.empty()) {
        Response response =
            error_response(request, Status::method_not_allowed, "method not allowed",
                           std::string(request.method_string()) + " is not allowed on " +
                               std::string(path) + "; allowed: " + allowed_methods(lookup.allowed));
        response.set(bhttp::field::allow, allowed_methods(lookup.allowed));
        return response;
      }
      return error_response(request, Status::not_found, "not found",
                            "no resource at " + std::string(path));
    }
    const RequestContext context{request, path, query, lookup.path_parameters, client};
    try {
      return lookup.route->handler(context);
    } catch (const std::exception& failure) {
      log.event("handler error", {{"route", lookup.route->pattern}, {"what", failure.what()}});
      return error_response(request, Status::internal_server_error, "internal error",
                            "the server could not answer this request; the error is logged");
    }
  }

  asio::awaitable<void> serve(std::shared_ptr<Connection> connection) {
    auto self = shared_from_this();
    metrics.connection_opened();
    const std::string client = peer_address(connection->stream);
    beast::tcp_stream& stream = connection->stream;
    beast::flat_buffer buffer;
    beast::error_code error;
    auto token = asio::redirect_error(asio::use_awaitable, error);
    const ServerLimits& limits = options.limits;

    while (!stopping) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(limits.header_bytes));
      // The route decides the body limit, once the header says which route it is.
      parser.body_limit(boost::none);
      connection->idle = buffer.size() == 0;
      stream.expires_after(connection->idle ? limits.idle_timeout : limits.read_timeout);
      co_await bhttp::async_read_header(stream, buffer, parser, token);
      connection->idle = false;
      const auto started = Clock::now();

      Response response;
      std::string_view path = "";
      const Route* route = nullptr;
      bool close_after = false;
      bool body_left_unread = false;
      if (error == bhttp::error::header_limit) {
        response = error_response(parser.get(), Status::request_header_fields_too_large,
                                  "headers too large",
                                  "the request line and headers exceed " +
                                      std::to_string(limits.header_bytes) + " bytes");
        close_after = true;
      } else if (error) {
        // The peer left, went silent, or sent something that is not HTTP/1.1: nothing to answer
        // except the last, which gets a 400 before the connection closes.
        if (!is_syntax_error(error)) break;
        Request bad;
        response = error_response(bad, Status::bad_request, "malformed request",
                                  "the request is not valid HTTP/1.1: " + error.message());
        close_after = true;
      } else {
        // No structured binding here: GCC 12 does not keep those in the coroutine frame, and the
        // query is read after the body's co_await.
        const std::pair<std::string_view, std::string_view> target =
            split_target(parser.get().target());
        path = target.first;
        const RouteLookup lookup = router.find(parser.get().method(), path);
        route = lookup.route;
        const std::size_t body_limit = route != nullptr && route->options.max_body_bytes > 0
                                           ? route->options.max_body_bytes
                                           : limits.body_bytes;
        parser.body_limit(body_limit);
        const bool too_large = parser.content_length() && *parser.content_length() > body_limit;
        if (!too_large && !parser.is_done() &&
            beast::iequals(parser.get()[bhttp::field::expect], "100-continue")) {
          bhttp::response<bhttp::empty_body> proceed{bhttp::status::continue_,
                                                     parser.get().version()};
          stream.expires_after(limits.write_timeout);
          co_await bhttp::async_write(stream, proceed, token);
          if (error) break;
        }
        if (!too_large && !parser.is_done()) {
          stream.expires_after(limits.read_timeout);
          co_await bhttp::async_read(stream, buffer, parser, token);
        }
        if (too_large || error == bhttp::error::body_limit) {
          response = error_response(parser.get(), Status::payload_too_large, "body too large",
                                    "the request body exceeds " + std::to_string(body_limit) +
                                        " bytes, the limit of this route");
          close_after = true;
          body_left_unread = true;
        } else if (error) {
          break;
        } else {
          response = dispatch(parser.get(), lookup, path, target.second, client);
        }
      }

      const bool keep_alive = !close_after && !stopping && parser.get().keep_alive();
      response.keep_alive(keep_alive);
      const std::size_t body_bytes = response.body().size();
      const unsigned status = response.result_int();
      const auto duration = Clock::now() - started;
      const std::string_view route_pattern =
          route != nullptr ? std::string_view(route->pattern) : std::string_view();
      log.write({parser.get().method_string(), path, route_pattern, status, body_bytes, duration,
                 client});
      metrics.record(route_pattern, parser.get().method_string(), status, duration, body_bytes);
      stream.expires_after(limits.write_timeout);
      co_await bhttp::async_write(stream, response, token);
      if (!error && body_left_unread) co_await linger(stream);
      if (error || !keep_alive) break;
    }

    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream.close();
    metrics.connection_closed();
    remove_connection(connection);
  }
};

Server::Server(const Router& router, ServerOptions options, AccessLog& log, RequestMetrics& metrics)
    : state_(std::make_shared<State>(router, std::move(options), log, metrics)) {}

Server::~Server() = default;

Result<tcp::endpoint> Server::listen() {
  const auto failed = [&](const beast::error_code& error) {
    return Error{"listen failed", "cannot listen on " + state_->options.address + ":" +
                                      std::to_string(state_->options.port) + ": " +
                                      error.message()};
  };
  beast::error_code error;
  const asio::ip::address address = asio::ip::make_address(state_->options.address, error);
  if (error) return failed(error);
  const tcp::endpoint endpoint(address, state_->options.port);
  tcp::acceptor& acceptor = state_->acceptor;
  acceptor.open(endpoint.protocol(), error);
  if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
  if (!error) acceptor.bind(endpoint, error);
  if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
  if (error) return failed(error);
  return acceptor.local_endpoint();
}

void Server::run() {
  State& state = *state_;
  asio::co_spawn(state.control, state.accept_loop(), asio::detached);
  if (state.options.handle_signals) asio::post(state.control, [&state] { state.watch_signals(); });
  const unsigned threads = state.options.threads > 0
                               ? state.options.threads
                               : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < threads; ++i) workers.emplace_back([&state] { state.io.run(); });
  state.io.run();
  for (auto& worker : workers) worker.join();
}

void Server::stop() { state_->begin_stop(); }

bool Server::stopping() const { return state_->stopping; }

}  // namespace cairn::http
