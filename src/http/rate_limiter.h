// RateLimiter: a token bucket per client key (an address): `rate` requests per second on
// average, bursts of up to `burst`. Buckets that have filled up again are forgotten, so memory
// stays bounded by `max_clients`; when that many clients are all mid-burst, new ones are refused
// too (a flood from many addresses does not grow the table).
//
// This bucket lives in the process: with several `cairn serve` processes behind a load balancer
// each enforces its own share.
//
// Thread-safety: allow() may be called from many threads at once.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cairn::http {

struct RateLimit {
  double rate = 20;  // tokens per second
  double burst = 60;
  std::size_t max_clients = 100'000;
};

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  explicit RateLimiter(RateLimit limit) : limit_(limit) {}

  struct Decision {
    bool allowed = false;
    std::chrono::seconds retry_after{0};  // when refused: the wait until one token is back
  };

  // Takes `cost` tokens from the client's bucket if it holds them.
  Decision allow(std::string_view client, double cost = 1, Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  void forget_full_buckets(Clock::time_point now);

  RateLimit limit_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace cairn::http
