#include "http/router.h"

#include <algorithm>
#include <stdexcept>

#include "http/percent_coding.h"

namespace cairn::http {
namespace {

bool is_parameter(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// The segments of a path without its leading '/': "/a/b" -> {"a", "b"}; "/" -> {}.
std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> segments;
  if (path.starts_with('/')) path.remove_prefix(1);
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
    if (path.empty()) segments.emplace_back();  // a trailing '/' makes an empty last segment
  }
  return segments;
}

}  // namespace

std::string_view RequestContext::parameter(std::string_view name) const {
  for (const auto& [key, value] : path_parameters) {
    if (key == name) return value;
  }
  return {};
}

std::optional<std::string> RequestContext::query_parameter(std::string_view name) const {
  std::string_view rest = query;
  while (!rest.empty()) {
    const std::size_t amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    const std::size_t equals = pair.find('=');
    const std::optional<std::string> key =
        percent_decode(pair.substr(0, equals), ControlCharacters::kRefused);
    if (!key || *key != name) continue;
    if (equals == std::string_view::npos) return std::string();
    return percent_decode(pair.substr(equals + 1), ControlCharacters::kRefused,
                          /*plus_is_space=*/true);
  }
  return std::nullopt;
}

std::pair<std::string_view, std::string_view> split_target(std::string_view target) {
  const std::size_t question = target.find('?');
  if (question == std::string_view::npos) return {target, {}};
  return {target.substr(0, question), target.substr(question + 1)};
}

void Router::add(Verb method, std::string_view pattern, Handler handler, RouteOptions options) {
  if (!pattern.starts_with('/')) {
    throw std::invalid_argument("route pattern must start with '/': " + std::string(pattern));
  }
  auto route = std::make_unique<Route>();
  route->method = method;
  route->pattern = std::string(pattern);
  route->handler = std::move(handler);
  route->options = options;
  for (std::string_view segment : split_path(pattern)) {
    if (segment.empty() ||
        (segment.find_first_of("{}") != std::string_view::npos && !is_parameter(segment))) {
      throw std::invalid_argument("malformed route pattern: " + std::string(pattern));
    }
    route->segments.emplace_back(segment);
  }
  for (const auto& existing : routes_) {
    if (existing->method == method && existing->pattern == pattern) {
      throw std::invalid_argument("route added twice: " + std::string(pattern));
    }
  }
  routes_.push_back(std::move(route));
}

RouteLookup Router::find(Verb method, std::string_view path) const {
  const std::vector<std::string_view> segments = split_path(path);
  RouteLookup lookup;
  std::size_t best_literals = 0;
  for (const auto& route : routes_) {
    if (route->segments.size() != segments.size()) continue;
    std::size_t literals = 0;
    bool matches = true;
    for (std::size_t i = 0; i < segments.size() && matches; ++i) {
      if (is_parameter(route->segments[i])) {
        matches = !segments[i].empty();
      } else {
        matches = route->segments[i] == segments[i];
        ++literals;
      }
    }
    if (!matches) continue;
    if (route->method != method) {
      if (std::find(lookup.allowed.begin(), lookup.allowed.end(), route->method) ==
          lookup.allowed.end()) {
        lookup.allowed.push_back(route->method);
      }
      continue;
    }
    if (lookup.route != nullptr && literals <= best_literals) continue;
    lookup.route = route.get();
    best_literals = literals;
  }
  if (lookup.route == nullptr) return lookup;
  lookup.allowed.clear();
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string& segment = lookup.route->segments[i];
    if (!is_parameter(segment)) continue;
    std::optional<std::string> value = percent_decode(segments[i], ControlCharacters::kRefused);
    if (!value) {
      RouteLookup broken;
      broken.bad_path = true;
      return broken;
    }
    lookup.path_parameters.emplace_back(segment.substr(1, segment.size() - 2), std::move(*value));
  }
  return lookup;
}

}  // namespace cairn::http
