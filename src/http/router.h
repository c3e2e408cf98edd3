// Router: maps a method and a path to the handler of a route. Patterns are literal segments and
// `{name}` segments ("/api/v1/orgs/{org}/achievements"); a `{name}` segment matches one
// non-empty path segment, percent-decoded. Literal segments win over parameters, so
// "/api/v1/jobs/bulk" and "/api/v1/jobs/{job}" can live side by side.
//
// Handlers are plain functions from a RequestContext to a Response; they run on the server's
// I/O thread that read the request.
//
// Thread-safety: add() before the server starts; find() and routes() are const and may be called
// from many threads at once.
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/verb.hpp>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cairn::http {

using Request = boost::beast::http::request<boost::beast::http::string_body>;
using Response = boost::beast::http::response<boost::beast::http::string_body>;
using Verb = boost::beast::http::verb;

// What a handler sees of a request.
struct RequestContext {
  const Request& request;
  std::string_view path;   // the target without its query string
  std::string_view query;  // after '?', or empty
  std::vector<std::pair<std::string, std::string>> path_parameters;  // decoded, in pattern order
  std::string client;                                                // the peer's address

  // The decoded value of `{name}`; empty when the route has no such parameter.
  std::string_view parameter(std::string_view name) const;
  // The decoded value of the first `name=` in the query string ('+' read as a space); nullopt
  // when absent or when its percent-encoding is broken or decodes to a control character.
  std::optional<std::string> query_parameter(std::string_view name) const;
};

using Handler = std::function<Response(const RequestContext&)>;

struct RouteOptions {
  std::size_t max_body_bytes = 0;  // 0: ServerLimits::body_bytes
};

struct Route {
  Verb method;
  std::string pattern;
  Handler handler;
  RouteOptions options;
  std::vector<std::string> segments;  // the pattern split at '/', "{name}" kept as written
};

// The outcome of a lookup: a route and its parameters; or no route for the path (404); or routes
// for the path under other methods (405, with their names for the Allow header).
struct RouteLookup {
  const Route* route = nullptr;
  std::vector<std::pair<std::string, std::string>> path_parameters;
  std::vector<Verb> allowed;  // filled when the path matches but not the method
  bool bad_path = false;      // the path's percent-encoding is broken (400)
};

class Router {
 public:
  // Throws std::invalid_argument on a malformed pattern or a duplicate (method, pattern): both
  // are programming errors found at start-up.
  void add(Verb method, std::string_view pattern, Handler handler, RouteOptions options = {});

  RouteLookup find(Verb method, std::string_view path) const;

  const std::vector<std::unique_ptr<Route>>& routes() const { return routes_; }

 private:
  std::vector<std::unique_ptr<Route>> routes_;
};

// Splits a request target into its path and query at the first '?'.
std::pair<std::string_view, std::string_view> split_target(std::string_view target);

}  // namespace cairn::http
