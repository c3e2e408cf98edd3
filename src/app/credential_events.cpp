#include "app/credential_events.h"

#include "app/achievements.h"
#include "app/organisation_access.h"

namespace cairn::app {
namespace {

constexpr std::string_view kEventNames[] = {"view", "verification", "share"};

std::string day_of(TimePoint when) { return format_whole_seconds(when).substr(0, 10); }

}  // namespace

EventCounter::~EventCounter() { stop(); }

void EventCounter::count(CredentialEvent event, std::string_view credential_id, TimePoint when) {
  const std::lock_guard lock(mutex_);
  Key key{std::string(credential_id), day_of(when),
          std::string(kEventNames[static_cast<int>(event)])};
  const auto found = pending_.find(key);
  if (found != pending_.end()) {
    ++found->second;
  } else if (pending_.size() < kMaxKeys) {
    pending_.emplace(std::move(key), 1);
  }
}

Result<bool> EventCounter::flush() {
  std::map<Key, std::int64_t> taken;
  {
    const std::lock_guard lock(mutex_);
    taken.swap(pending_);
  }
  if (taken.empty()) return true;
  Result<bool> written = database_.write([&](store::Connection& connection) -> Result<bool> {
    for (const auto& [key, count] : taken) {
      const auto& [credential, day, kind] = key;
      store::add_credential_events(connection, credential, {day, kind, count});
    }
    return true;
  });
  if (!written) {  // keep the counts for the next flush
    const std::lock_guard lock(mutex_);
    for (const auto& [key, count] : taken) pending_[key] += count;
  }
  return written;
}

void EventCounter::start(std::chrono::milliseconds period) {
  stopping_ = false;
  thread_ = std::thread([this, period] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      wake_.wait_for(lock, period, [this] { return stopping_; });
      lock.unlock();
      (void)flush();  // a failed flush keeps its counts and is tried again
      lock.lock();
    }
  });
}

void EventCounter::stop() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  (void)flush();
}

void VerificationCounting::count(const vc::VerificationReport& report) const {
  if (events == nullptr) return;
  const std::string prefix = base_url + "/credentials/";
  if (report.credential_id.starts_with(prefix)) {
    events->count(CredentialEvent::kVerification,
                  std::string_view(report.credential_id).substr(prefix.size()), current_time());
  }
}

Result<AchievementAnalytics> achievement_analytics(store::Database& database,
                                                   const Principal& principal,
                                                   std::string_view organisation_id,
                                                   std::string_view achievement_id, int days,
                                                   TimePoint now) {
  Result<model::Achievement> achievement =
      read_achievement(database, principal, organisation_id, achievement_id);
  if (!achievement) return achievement.error();
  AchievementAnalytics analytics;
  for (int back = days - 1; back >= 0; --back) {
    analytics.days.push_back(day_of(now - std::chrono::days(back)));
  }
  for (const std::string_view kind : kAnalyticsSeries) {
    analytics.series.emplace(std::string(kind), std::vector<std::int64_t>(analytics.days.size()));
  }
  return database.read([&](store::Connection& connection) -> Result<AchievementAnalytics> {
    analytics.totals = store::achievement_totals(connection, achievement_id);
    for (const store::EventCount& count :
         store::daily_counts(connection, achievement_id, analytics.days.front())) {
      const auto series = analytics.series.find(count.kind);
      const auto day = std::lower_bound(analytics.days.begin(), analytics.days.end(), count.day);
      if (series == analytics.series.end() || day == analytics.days.end() || *day != count.day) {
        continue;
      }
      series->second[day - analytics.days.begin()] += count.count;
    }
    return std::move(analytics);
  });
}

}  // namespace cairn::app
