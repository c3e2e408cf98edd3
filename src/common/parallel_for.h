// parallel_for: runs job(0) ... job(count - 1) on up to `threads` threads (the caller's one
// among them), each index once, in no set order; returns when all have run. `job` must be safe to
// call from several threads at once and must not throw.
//
// Thread-safety: a free function; its threads share only an atomic counter.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace cairn {

template <class Job>
void parallel_for(std::size_t count, unsigned threads, const Job& job) {
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) job(i);
  };
  std::vector<std::jthread> pool;
  const std::size_t helpers = std::min<std::size_t>(threads > 0 ? threads - 1 : 0, count);
  for (std::size_t t = 1; t <= helpers && t < count; ++t) pool.emplace_back(work);
  work();
}

}  // namespace cairn
