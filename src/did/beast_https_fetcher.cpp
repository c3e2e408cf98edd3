#include "did/beast_https_fetcher.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>
#include <cctype>
#include <exception>
#include <limits>

namespace cairn::did {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using Response = http::response<http::string_body>;

[[noreturn]] void fail(const std::string& message) { throw Failure("fetch failed", message); }

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string openssl_error_text() {
  const unsigned long code = ERR_get_error();
  ERR_clear_error();
  if (code == 0) return "unknown OpenSSL error";
  char text[256];
  ERR_error_string_n(code, text, sizeof text);
  return text;
}

// Where one request goes, taken from an https URL.
struct Endpoint {
  std::string host;         // DNS name, or IP address without brackets
  bool host_is_ip = false;  // certificate must then name the address, and no SNI is sent
  std::string port;
  std::string host_header;  // as written in the URL, with the port when one was written
  std::string target;       // path and query, percent-encoded as written
  std::string origin;       // "https://host:port", lower case, for the same-origin rule
};

Endpoint endpoint_of(const boost::urls::url_view& url) {
  const std::string text(url.buffer());
  if (url.scheme_id() != boost::urls::scheme::https) fail("only https URLs are fetched: " + text);
  if (url.has_userinfo()) fail("URLs with user information are refused: " + text);
  Endpoint endpoint;
  switch (url.host_type()) {
    case boost::urls::host_type::name:
      if (url.encoded_host().find('%') != boost::urls::string_view::npos) {
        fail("the host of " + text + " is percent-encoded");
      }
      endpoint.host = url.encoded_host();
      break;
    case boost::urls::host_type::ipv4:
    case boost::urls::host_type::ipv6:
      endpoint.host = url.host_address();
      endpoint.host_is_ip = true;
      break;
    default:
      fail("the URL has no usable host: " + text);
  }
  if (endpoint.host.empty()) fail("the URL has no host: " + text);
  if (url.has_port() && url.port_number() == 0) fail("the port of " + text + " is not 1-65535");
  endpoint.port = url.has_port() ? std::to_string(url.port_number()) : "443";
  endpoint.host_header = std::string(url.encoded_host());
  if (url.has_port()) endpoint.host_header += ":" + endpoint.port;
  endpoint.target = url.encoded_target();
  if (endpoint.target.empty() || endpoint.target.front() != '/') {
    endpoint.target.insert(0, "/");
  }
  endpoint.origin = lower("https://" + std::string(url.encoded_host()) + ":" + endpoint.port);
  return endpoint;
}

boost::urls::url parse_url(const std::string& text) {
  auto parsed = boost::urls::parse_uri(text);
  if (!parsed) fail("not a URL: " + text);
  boost::urls::url url(*parsed);
  url.remove_fragment();
  return url;
}

// Makes OpenSSL check, during the handshake, that the certificate names the host we dialled.
void require_host_in_certificate(SSL* ssl, const Endpoint& endpoint) {
  const bool configured =
      endpoint.host_is_ip
          ? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), endpoint.host.c_str()) == 1
          : SSL_set_tlsext_host_name(ssl, endpoint.host.c_str()) == 1 &&
                SSL_set1_host(ssl, endpoint.host.c_str()) == 1;
  if (!configured)
    fail("cannot check certificates for host " + endpoint.host + ": " + openssl_error_text());
}

std::string step_failure(const std::string& step, const boost::system::error_code& error,
                         std::chrono::milliseconds timeout) {
  if (error == beast::error::timeout) {
    return step + ": timed out after " + std::to_string(timeout.count()) + " ms";
  }
  return step + ": " + error.message();
}

std::string handshake_failure(SSL* ssl, const Endpoint& endpoint,
                              const boost::system::error_code& error,
                              std::chrono::milliseconds timeout) {
  const long verification = SSL_get_verify_result(ssl);
  if (verification != X509_V_OK && error != beast::error::timeout) {
    return "certificate of " + endpoint.host +
           " not trusted: " + X509_verify_cert_error_string(verification);
  }
  return step_failure("TLS handshake with " + endpoint.host, error, timeout);
}

std::string read_failure(const std::string& url, const boost::system::error_code& error,
                         const FetchLimits& limits) {
  if (error == http::error::body_limit) {
    return "the response body from " + url + " is larger than the limit of " +
           std::to_string(limits.max_body_bytes) + " bytes";
  }
  if (error == http::error::header_limit) {
    return "the response headers from " + url + " are larger than the limit of " +
           std::to_string(limits.max_header_bytes) + " bytes";
  }
  return step_failure("reading the response from " + url, error, limits.response_timeout);
}

// One GET on a fresh connection. Each step reports its own failure, with the URL and the reason.
asio::awaitable<Response> exchange(ssl::context& tls, const Endpoint& endpoint,
                                   const std::string& url, const FetchLimits& limits,
                                   const std::string& user_agent) {
  const auto executor = co_await asio::this_coro::executor;
  boost::system::error_code error;
  auto token = asio::redirect_error(asio::use_awaitable, error);

  tcp::resolver resolver(executor);
  const auto addresses = co_await resolver.async_resolve(endpoint.host, endpoint.port, token);
  if (error) fail("cannot resolve " + endpoint.host + ": " + error.message());

  beast::ssl_stream<beast::tcp_stream> stream(executor, tls);
  require_host_in_certificate(stream.native_handle(), endpoint);
  beast::tcp_stream& connection = beast::get_lowest_layer(stream);
  connection.expires_after(limits.connect_timeout);
  co_await connection.async_connect(addresses, token);
  if (error) {
    fail(step_failure("cannot connect to " + endpoint.host + ":" + endpoint.port, error,
                      limits.connect_timeout));
  }

  connection.expires_after(limits.response_timeout);
  co_await stream.async_handshake(ssl::stream_base::client, token);
  if (error)
    fail(handshake_failure(stream.native_handle(), endpoint, error, limits.response_timeout));

  http::request<http::empty_body> request{http::verb::get, endpoint.target, 11};
  request.set(http::field::host, endpoint.host_header);
  request.set(http::field::user_agent, user_agent);
  request.set(http::field::accept, "application/did+json, application/json;q=0.9");
  request.set(http::field::connection, "close");
  co_await http::async_write(stream, request, token);
  if (error) fail(step_failure("sending the request to " + url, error, limits.response_timeout));

  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(
      std::min<std::size_t>(limits.max_header_bytes, std::numeric_limits<std::uint32_t>::max())));
  parser.body_limit(limits.max_body_bytes);
  co_await http::async_read(stream, buffer, parser, token);
  if (error) fail(read_failure(url, error, limits));
  co_return parser.release();
}

// Runs one exchange to completion on its own I/O context; rethrows what it threw.
Response run_exchange(ssl::context& tls, const Endpoint& endpoint, const std::string& url,
                      const FetchLimits& limits, const std::string& user_agent) {
  asio::io_context io;
  std::exception_ptr failure;
  Response response;
  asio::co_spawn(io, exchange(tls, endpoint, url, limits, user_agent),
                 [&](std::exception_ptr thrown, Response received) {
                   failure = thrown;
                   response = std::move(received);
                 });
  io.run();
  if (failure) std::rethrow_exception(failure);
  return response;
}

bool is_redirect(http::status status) {
  return status == http::status::moved_permanently || status == http::status::found ||
         status == http::status::see_other || status == http::status::temporary_redirect ||
         status == http::status::permanent_redirect;
}

}  // namespace

struct BeastHttpsFetcher::TlsContext {
  ssl::context context{ssl::context::tls_client};
};

BeastHttpsFetcher::BeastHttpsFetcher(std::unique_ptr<TlsContext> tls, std::string user_agent)
    : tls_(std::move(tls)), user_agent_(std::move(user_agent)) {}
BeastHttpsFetcher::~BeastHttpsFetcher() = default;
BeastHttpsFetcher::BeastHttpsFetcher(BeastHttpsFetcher&&) noexcept = default;
BeastHttpsFetcher& BeastHttpsFetcher::operator=(BeastHttpsFetcher&&) noexcept = default;

Result<BeastHttpsFetcher> BeastHttpsFetcher::create(const BeastHttpsFetcherOptions& options) {
  auto tls = std::make_unique<TlsContext>();
  SSL_CTX* context = tls->context.native_handle();
  if (SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) != 1) {
    return Error{"invalid TLS configuration", "cannot require TLS 1.2: " + openssl_error_text()};
  }
  tls->context.set_verify_mode(ssl::verify_peer);
  boost::system::error_code error;
  if (!options.ca_file.empty()) {
    tls->context.load_verify_file(options.ca_file, error);
    if (error) {
      return Error{"invalid TLS configuration",
                   "cannot read the CA file " + options.ca_file + ": " + error.message()};
    }
  }
  if (!options.ca_pem.empty()) {
    tls->context.add_certificate_authority(asio::buffer(options.ca_pem), error);
    if (error) {
      return Error{"invalid TLS configuration",
                   "the CA PEM text holds no usable certificate: " + error.message()};
    }
  }
  if (options.ca_file.empty() && options.ca_pem.empty()) {
    tls->context.set_default_verify_paths(error);
    if (error) {
      return Error{"invalid TLS configuration",
                   "cannot load the system's certificate store: " + error.message()};
    }
  }
  return BeastHttpsFetcher(std::move(tls), options.user_agent);
}

Result<std::string> BeastHttpsFetcher::get(const std::string& url,
                                           const FetchLimits& limits) const {
  try {
    boost::urls::url current = parse_url(url);
    for (int redirects = 0;; ++redirects) {
      const Endpoint endpoint = endpoint_of(current);
      const std::string current_text(current.buffer());
      Response response = run_exchange(tls_->context, endpoint, current_text, limits, user_agent_);
      if (response.result() == http::status::ok) return std::move(response.body());
      if (!is_redirect(response.result())) {
        fail("HTTP status " + std::to_string(response.result_int()) + " from " + current_text);
      }
      if (redirects >= limits.max_redirects) {
        fail("more than " + std::to_string(limits.max_redirects) + " redirects from " + url);
      }
      const auto location = boost::urls::parse_uri_reference(response[http::field::location]);
      if (!location || location->buffer().empty()) {
        fail("redirect without a usable Location from " + current_text);
      }
      boost::urls::url next = current;
      if (!next.resolve(*location)) fail("cannot resolve the redirect from " + current_text);
      next.remove_fragment();
      const std::string next_text(next.buffer());
      if (next.scheme_id() != boost::urls::scheme::https ||
          endpoint_of(next).origin != endpoint.origin) {
        fail("redirect from " + current_text + " to another origin refused: " + next_text);
      }
      current = std::move(next);
    }
  } catch (const Failure& failure) {
    return failure.error();
  } catch (const std::exception& exception) {
    return Error{"fetch failed", url + ": " + exception.what()};
  }
}

}  // namespace cairn::did
