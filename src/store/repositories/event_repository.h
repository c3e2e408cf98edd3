// Counts of what happened to an achievement's credentials, per day (credential_events), and
// what the analytics read back with the issued ones.
//
// Thread-safety: functions on the caller's connection.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/connection.h"

namespace cairn::store {

struct EventCount {
  std::string day;   // YYYY-MM-DD, UTC
  std::string kind;  // view, verification, share (and issued, read back)
  std::int64_t count = 0;
};

// Adds `count` events of `kind` on `day` to the achievement of the credential `credential_id`
// (nothing for an unknown credential): one upsert.
void add_credential_events(Connection& connection, std::string_view credential_id,
                           const EventCount& count);

// Per day from `first_day` on (YYYY-MM-DD): the stored event counts of the achievement, and
// "issued" (its credentials by the day they were issued).
std::vector<EventCount> daily_counts(Connection& connection, std::string_view achievement_id,
                                     std::string_view first_day);

// The achievement's credentials in all: issued, accepted by their recipients, revoked.
struct AchievementTotals {
  std::int64_t issued = 0;
  std::int64_t accepted = 0;
  std::int64_t revoked = 0;
};
AchievementTotals achievement_totals(Connection& connection, std::string_view achievement_id);

}  // namespace cairn::store
