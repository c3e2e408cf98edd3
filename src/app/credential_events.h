// What happens to issued credentials, for the issuer's analytics: their public page viewed, the
// credential verified on this instance's pages, shared by its holder (made public in a wallet).
//
// EventCounter keeps the counts in memory and adds them to the database in one transaction every
// few seconds and when stopped, so that a page view costs no write of its own; a crash loses at
// most the last few seconds of counts (they are statistics, not records).
//
// achievement_analytics reads them back per day with the credentials issued, for members of the
// organisation (read scope, any role). Errors: "forbidden", "not found", the database's.
//
// Thread-safety: EventCounter::count may be called from many threads at once; start/stop from
// one. achievement_analytics is safe from many threads.
#pragma once

#include <array>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

#include "app/api_tokens.h"
#include "common/date_time.h"
#include "common/result.h"
#include "store/database.h"
#include "store/repositories/event_repository.h"
#include "vc/verification_report.h"

namespace cairn::app {

enum class CredentialEvent { kView, kVerification, kShare };

class EventCounter {
 public:
  explicit EventCounter(store::Database& database) : database_(database) {}
  ~EventCounter();
  EventCounter(const EventCounter&) = delete;
  EventCounter& operator=(const EventCounter&) = delete;

  // Counts one event for the credential issued here with the id `credential_id`.
  void count(CredentialEvent event, std::string_view credential_id, TimePoint when);
  // Adds what was counted to the database; what fails to be written is kept for the next try.
  Result<bool> flush();
  // Flushes every `period` on a thread of its own until stop(), which flushes once more.
  void start(std::chrono::milliseconds period = std::chrono::seconds(5));
  void stop();

 private:
  using Key = std::tuple<std::string, std::string, std::string>;  // credential, day, kind
  // Distinct (credential, day, kind) keys held between flushes; events of further keys are
  // dropped until the next flush, so a flood of page views cannot grow memory without bound.
  static constexpr std::size_t kMaxKeys = 100'000;

  store::Database& database_;
  std::mutex mutex_;
  std::map<Key, std::int64_t> pending_;
  std::thread thread_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

// Counts the verifications of this instance's own credentials (their id starts with
// base_url + "/credentials/"); does nothing when `events` is nullptr.
struct VerificationCounting {
  EventCounter* events = nullptr;
  std::string base_url;

  void count(const vc::VerificationReport& report) const;
};

// The series the analytics give, in the order they are shown: credentials issued, claims
// accepted, public page views, verifications, shares.
inline constexpr std::array<std::string_view, 5> kAnalyticsSeries = {"issued", "claim", "view",
                                                                     "verification", "share"};

struct AchievementAnalytics {
  store::AchievementTotals totals;
  std::vector<std::string> days;  // the last `days` days, oldest first (YYYY-MM-DD)
  // Per kind of kAnalyticsSeries: one count per day.
  std::map<std::string, std::vector<std::int64_t>, std::less<>> series;
};

Result<AchievementAnalytics> achievement_analytics(store::Database& database,
                                                   const Principal& principal,
                                                   std::string_view organisation_id,
                                                   std::string_view achievement_id, int days,
                                                   TimePoint now);

}  // namespace cairn::app
