#include "http/rate_limiter.h"

#include <gtest/gtest.h>

namespace cairn::http {
namespace {

using std::chrono::milliseconds;

TEST(RateLimiter, AllowsTheBurstThenRefusesUntilTokensComeBack) {
  RateLimiter limiter({.rate = 10, .burst = 3, .max_clients = 10});
  const auto start = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.allow("a", 1, start).allowed) << i;
  const RateLimiter::Decision refused = limiter.allow("a", 1, start);
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after.count(), 1);  // 0.1 s rounded up to whole seconds
  EXPECT_TRUE(limiter.allow("a", 1, start + milliseconds(100)).allowed);
  EXPECT_FALSE(limiter.allow("a", 1, start + milliseconds(100)).allowed);
}

TEST(RateLimiter, ClientsHaveTheirOwnBuckets) {
  RateLimiter limiter({.rate = 1, .burst = 1, .max_clients = 10});
  const auto now = RateLimiter::Clock::now();
  EXPECT_TRUE(limiter.allow("a", 1, now).allowed);
  EXPECT_FALSE(limiter.allow("a", 1, now).allowed);
  EXPECT_TRUE(limiter.allow("b", 1, now).allowed);
}

TEST(RateLimiter, CostCountsSeveralTokens) {
  RateLimiter limiter({.rate = 1, .burst = 10, .max_clients = 10});
  const auto now = RateLimiter::Clock::now();
  EXPECT_TRUE(limiter.allow("a", 7, now).allowed);
  const RateLimiter::Decision refused = limiter.allow("a", 7, now);
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after.count(), 4);
}

TEST(RateLimiter, TheTableStaysBoundedAndForgetsRefilledBuckets) {
  RateLimiter limiter({.rate = 1, .burst = 2, .max_clients = 2});
  const auto now = RateLimiter::Clock::now();
  EXPECT_TRUE(limiter.allow("a", 1, now).allowed);
  EXPECT_TRUE(limiter.allow("b", 1, now).allowed);
  // Both buckets are mid-burst: a third client is refused rather than growing the table.
  EXPECT_FALSE(limiter.allow("c", 1, now).allowed);
  // Once a bucket has filled up again it is forgotten and makes room.
  EXPECT_TRUE(limiter.allow("c", 1, now + std::chrono::seconds(2)).allowed);
}

}  // namespace
}  // namespace cairn::http
