#include "cli/jsonl_batches.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <vector>

#include "common/parallel_for.h"

namespace cairn::cli {
namespace {

constexpr std::size_t kLinesPerBatch = 4096;
constexpr std::size_t kMaxLineBytes = 4u << 20;

void run_batch(const std::vector<std::string>& lines, unsigned threads,
               const std::function<LineResult(const std::string&)>& job,
               std::vector<LineResult>& results) {
  results.assign(lines.size(), {});
  parallel_for(lines.size(), threads, [&](std::size_t i) { results[i] = job(lines[i]); });
}

}  // namespace

Result<JsonlSummary> run_jsonl(const std::string& path, unsigned threads,
                               const std::function<LineResult(const std::string&)>& job) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Error{"input unreadable", "cannot open " + path};
    in = &file;
  }
  const auto started = std::chrono::steady_clock::now();
  JsonlSummary summary;
  std::vector<std::string> lines;
  std::vector<LineResult> results;
  std::string line;
  for (bool more = true; more;) {
    lines.clear();
    while (lines.size() < kLinesPerBatch && (more = static_cast<bool>(std::getline(*in, line)))) {
      if (line.size() > kMaxLineBytes) {
        return Error{"limit exceeded", "a line of " + path + " is longer than " +
                                           std::to_string(kMaxLineBytes) + " bytes"};
      }
      if (line.find_first_not_of(" \t\r") != std::string::npos) lines.push_back(line);
    }
    run_batch(lines, threads, job, results);
    for (const LineResult& result : results) {
      std::cout << result.output << '\n';
      ++(result.ok ? summary.ok : summary.failed);
    }
  }
  if (in->bad()) return Error{"input unreadable", "reading " + path + " failed"};
  std::cout << std::flush;
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace cairn::cli
