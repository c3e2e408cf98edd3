#include "http/request_metrics.h"

#include <algorithm>
#include <sstream>

namespace cairn::http {
namespace {

// A label value as the text format wants it: backslash, double quote and newline escaped.
std::string label_value(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    if (c == '\\') {
      escaped += "\\\\";
    } else if (c == '"') {
      escaped += "\\\"";
    } else if (c == '\n') {
      escaped += "\\n";
    } else {
      escaped.push_back(c);
    }
  }
  return escaped;
}

std::string route_label(std::string_view route) {
  return label_value(route.empty() ? std::string_view("unmatched") : route);
}

}  // namespace

void RequestMetrics::record(std::string_view route, std::string_view method, unsigned status,
                            std::chrono::nanoseconds duration, std::size_t response_bytes) {
  const double seconds = std::chrono::duration<double>(duration).count();
  const auto bucket = static_cast<std::size_t>(
      std::lower_bound(kBuckets.begin(), kBuckets.end(), seconds) - kBuckets.begin());
  const std::string label = route_label(route);
  const std::lock_guard lock(mutex_);
  ++requests_[{label, std::string(method), status}];
  RouteSeries& series = routes_[label];
  if (bucket < kBuckets.size()) ++series.buckets[bucket];
  ++series.count;
  series.seconds += seconds;
  series.bytes += response_bytes;
}

std::string RequestMetrics::render() const {
  std::ostringstream out;
  const std::lock_guard lock(mutex_);
  out << "# HELP cairn_http_requests_total HTTP requests answered, by route, method and status.\n"
         "# TYPE cairn_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [route, method, status] = key;
    out << "cairn_http_requests_total{route=\"" << route << "\",method=\"" << label_value(method)
        << "\",status=\"" << status << "\"} " << count << '\n';
  }
  out << "# HELP cairn_http_request_duration_seconds Time from a request's header to its "
         "response being ready, by route.\n"
         "# TYPE cairn_http_request_duration_seconds histogram\n";
  for (const auto& [route, series] : routes_) {
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += series.buckets[i];
      out << "cairn_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\""
          << kBuckets[i] << "\"} " << cumulative << '\n';
    }
    out << "cairn_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} "
        << series.count << '\n'
        << "cairn_http_request_duration_seconds_sum{route=\"" << route << "\"} " << series.seconds
        << '\n'
        << "cairn_http_request_duration_seconds_count{route=\"" << route << "\"} " << series.count
        << '\n';
  }
  out << "# HELP cairn_http_response_bytes_total Response body bytes sent, by route.\n"
         "# TYPE cairn_http_response_bytes_total counter\n";
  for (const auto& [route, series] : routes_) {
    out << "cairn_http_response_bytes_total{route=\"" << route << "\"} " << series.bytes << '\n';
  }
  out << "# HELP cairn_http_open_connections Client connections open now.\n"
         "# TYPE cairn_http_open_connections gauge\n"
         "cairn_http_open_connections "
      << open_connections() << '\n';
  return out.str();
}

}  // namespace cairn::http
