#include "http/access_log.h"

#include <boost/json/serialize.hpp>

#include "common/date_time.h"

namespace cairn::http {
namespace {

std::string now_text() { return format_date_time(current_time()); }

}  // namespace

void AccessLog::write(const AccessRecord& record) {
  write_line({{"time", now_text()},
              {"event", "request"},
              {"method", record.method},
              {"path", record.path},
              {"route", record.route},
              {"status", record.status},
              {"bytes", record.bytes},
              {"duration_us",
               std::chrono::duration_cast<std::chrono::microseconds>(record.duration).count()},
              {"client", record.client}});
}

void AccessLog::event(std::string_view event, const boost::json::object& fields) {
  boost::json::object line{{"time", now_text()}, {"event", event}};
  for (const auto& [key, value] : fields) line[key] = value;
  write_line(line);
}

void AccessLog::write_line(const boost::json::object& line) {
  const std::string text = boost::json::serialize(line);
  const std::lock_guard lock(mutex_);
  out_ << text << '\n' << std::flush;
}

}  // namespace cairn::http
