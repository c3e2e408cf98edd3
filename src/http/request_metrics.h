// RequestMetrics: what `/metrics` exposes, in the Prometheus text format (version 0.0.4):
//   cairn_http_requests_total{route,method,status}       counter
//   cairn_http_request_duration_seconds{route}           histogram
//   cairn_http_response_bytes_total{route}               counter
//   cairn_http_open_connections                          gauge
// `route` is the matched pattern ("/api/v1/orgs/{org}"), never the raw path, so the number of
// series stays bounded whatever clients send; requests that match no route count as
// "unmatched".
//
// Thread-safety: every member may be called from many threads at once.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace cairn::http {

class RequestMetrics {
 public:
  void record(std::string_view route, std::string_view method, unsigned status,
              std::chrono::nanoseconds duration, std::size_t response_bytes);
  void connection_opened() { open_connections_.fetch_add(1, std::memory_order_relaxed); }
  void connection_closed() { open_connections_.fetch_sub(1, std::memory_order_relaxed); }
  std::int64_t open_connections() const {
    return open_connections_.load(std::memory_order_relaxed);
  }

  // The exposition text, series sorted by their labels.
  std::string render() const;

 private:
  // Upper bounds of the latency buckets, in seconds.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  5.0};
  struct RouteSeries {
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // not cumulative; summed on render
    std::uint64_t count = 0;
    double seconds = 0;
    std::uint64_t bytes = 0;
  };

  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, unsigned>, std::uint64_t> requests_;
  std::map<std::string, RouteSeries> routes_;
  std::atomic<std::int64_t> open_connections_{0};
};

}  // namespace cairn::http
