// AccessLog: one JSON object per line for each request the server answers, on a stream
// (stderr in `cairn serve`):
//   {"time":"2026-11-29T16:00:00.123Z","event":"request","method":"POST",
//    "path":"/api/v1/verify","route":"/api/v1/verify","status":200,"bytes":1234,
//    "duration_us":840,"client":"127.0.0.1"}
// The query string is left out: it may carry tokens. Lines from many threads never interleave.
//
// Thread-safety: write() may be called from many threads at once.
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace cairn::http {

struct AccessRecord {
  std::string_view method;
  std::string_view path;
  std::string_view route;  // the matched pattern, or "" when none matched
  unsigned status = 0;
  std::size_t bytes = 0;  // response body bytes
  std::chrono::nanoseconds duration{};
  std::string_view client;
};

class AccessLog {
 public:
  explicit AccessLog(std::ostream& out) : out_(out) {}

  void write(const AccessRecord& record);
  // A line {"time":...,"event":event,...fields} for events other than requests (start, stop).
  void event(std::string_view event, const boost::json::object& fields);

 private:
  void write_line(const boost::json::object& line);

  std::ostream& out_;
  std::mutex mutex_;
};

}  // namespace cairn::http
