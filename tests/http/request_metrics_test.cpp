#include "http/request_metrics.h"

#include <gtest/gtest.h>

namespace cairn::http {
namespace {

using std::chrono::microseconds;
using std::chrono::milliseconds;

TEST(RequestMetrics, CountsRequestsByRouteMethodAndStatus) {
  RequestMetrics metrics;
  metrics.record("/api/v1/verify", "POST", 200, microseconds(300), 10);
  metrics.record("/api/v1/verify", "POST", 200, microseconds(300), 10);
  metrics.record("/api/v1/verify", "POST", 400, microseconds(300), 10);
  metrics.record("", "GET", 404, microseconds(300), 10);
  const std::string text = metrics.render();
  EXPECT_NE(text.find("cairn_http_requests_total{route=\"/api/v1/verify\",method=\"POST\","
                      "status=\"200\"} 2\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("status=\"400\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("cairn_http_requests_total{route=\"unmatched\",method=\"GET\","
                      "status=\"404\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("cairn_http_response_bytes_total{route=\"/api/v1/verify\"} 30\n"),
            std::string::npos);
}

TEST(RequestMetrics, HistogramBucketsAreCumulative) {
  RequestMetrics metrics;
  metrics.record("/r", "GET", 200, microseconds(200), 0);        // <= 0.0005
  metrics.record("/r", "GET", 200, milliseconds(3), 0);          // <= 0.005
  metrics.record("/r", "GET", 200, std::chrono::seconds(9), 0);  // only +Inf
  const std::string text = metrics.render();
  EXPECT_NE(text.find("cairn_http_request_duration_seconds_bucket{route=\"/r\",le=\"0.0005\"} 1\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("cairn_http_request_duration_seconds_bucket{route=\"/r\",le=\"0.005\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("cairn_http_request_duration_seconds_bucket{route=\"/r\",le=\"5\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("cairn_http_request_duration_seconds_bucket{route=\"/r\",le=\"+Inf\"} 3\n"),
            std::string::npos);
  EXPECT_NE(text.find("cairn_http_request_duration_seconds_count{route=\"/r\"} 3\n"),
            std::string::npos);
}

TEST(RequestMetrics, LabelValuesAreEscapedAndConnectionsGauged) {
  RequestMetrics metrics;
  metrics.record("/a\"b\\c\nd", "GET", 200, microseconds(1), 0);
  metrics.connection_opened();
  metrics.connection_opened();
  metrics.connection_closed();
  const std::string text = metrics.render();
  EXPECT_NE(text.find("route=\"/a\\\"b\\\\c\\nd\""), std::string::npos) << text;
  EXPECT_NE(text.find("cairn_http_open_connections 1\n"), std::string::npos);
}

}  // namespace
}  // namespace cairn::http
