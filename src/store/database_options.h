// DatabaseOptions: the limits and pool settings every backend shares, stated once.
//
// Thread-safety: a plain struct.
#pragma once

#include <chrono>
#include <cstddef>

namespace cairn::store {

// Limits on each statement run through a Connection; breaking one is a Failure ("database
// error") naming the limit, raised before the engine sees the statement.
struct StatementLimits {
  std::size_t max_sql_bytes = 64 * 1024;  // the program's own SQL; migrations are the longest
  std::size_t max_parameters = 1000;      // bulk inserts page their rows below this
  std::size_t max_rows = 10'000;          // rows one query may return; callers page past it
};

struct DatabaseOptions {
  StatementLimits limits;
  // Connections open at most at once; a transaction waits for a free one.
  std::size_t max_connections = 8;
  // How long a transaction waits for a free connection before it fails.
  std::chrono::milliseconds acquire_timeout{10'000};
  // Runs of one transaction function when the engine reports a conflict (busy, serialization
  // failure); the first run counts. At least 1.
  int max_attempts = 5;
  // Pause before the second run; it doubles for each further one, with random jitter so that
  // competing writers do not meet again in step.
  std::chrono::milliseconds retry_backoff{5};
};

}  // namespace cairn::store
