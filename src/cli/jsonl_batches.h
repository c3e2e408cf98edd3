// Running a per-line job over a JSON Lines file on several threads, keeping the output in input
// order: lines are read in batches (bounded memory whatever the file size), each batch is shared
// out to the threads, then its results are printed. Blank lines are skipped.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "common/result.h"

namespace cairn::cli {

struct LineResult {
  std::string output;  // printed on its own line
  bool ok = false;
};

struct JsonlSummary {
  std::uint64_t ok = 0;
  std::uint64_t failed = 0;
  double seconds = 0;
};

// Calls `job` for every line of `path` ("-" for stdin) on `threads` threads (job must be safe to
// call concurrently) and prints each output line to stdout in input order. Returns the counts, or
// an Error "input unreadable" / "limit exceeded" (a line over 4 MiB).
Result<JsonlSummary> run_jsonl(const std::string& path, unsigned threads,
                               const std::function<LineResult(const std::string&)>& job);

}  // namespace cairn::cli
