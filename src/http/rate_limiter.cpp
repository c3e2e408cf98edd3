#include "http/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace cairn::http {

void RateLimiter::forget_full_buckets(Clock::time_point now) {
  std::erase_if(buckets_, [&](const auto& entry) {
    const double elapsed = std::chrono::duration<double>(now - entry.second.updated).count();
    return entry.second.tokens + elapsed * limit_.rate >= limit_.burst;
  });
}

RateLimiter::Decision RateLimiter::allow(std::string_view client, double cost,
                                         Clock::time_point now) {
  const std::lock_guard lock(mutex_);
  auto bucket = buckets_.find(std::string(client));
  if (bucket == buckets_.end()) {
    if (buckets_.size() >= limit_.max_clients) forget_full_buckets(now);
    if (buckets_.size() >= limit_.max_clients) {
      return {false, std::chrono::seconds(1)};
    }
    bucket = buckets_.emplace(std::string(client), Bucket{limit_.burst, now}).first;
  }
  Bucket& state = bucket->second;
  const double elapsed = std::max(0.0, std::chrono::duration<double>(now - state.updated).count());
  state.tokens = std::min(limit_.burst, state.tokens + elapsed * limit_.rate);
  state.updated = now;
  if (state.tokens >= cost) {
    state.tokens -= cost;
    return {true, {}};
  }
  const double wait = (cost - state.tokens) / limit_.rate;
  return {false, std::chrono::seconds(static_cast<long>(std::ceil(wait)))};
}

}  // namespace cairn::http
