// AchievementRepository: achievements and their immutable versions (schema step 3). Functions
// run inside the caller's transaction and throw what Connection throws.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/connection.h"

namespace cairn::store {

// One version of an achievement as stored; `definition` is app/achievement_definition.h's JSON.
struct AchievementRecord {
  std::string id;
  std::string organisation_id;
  std::int64_t version = 0;
  std::string definition;
  std::string created_at;          // of the achievement
  std::string version_created_at;  // of this version
};

// Inserts the achievement with `record.definition` as its version 1.
void insert_achievement(Connection& connection, const AchievementRecord& record,
                        std::string_view created_by);

// Adds the next version of the organisation's achievement and makes it current; returns its
// number, or nullopt when the organisation has no such achievement. Concurrent revisions are
// ordered by the row lock the UPDATE takes, so each gets its own number.
std::optional<std::int64_t> add_achievement_version(
    Connection& connection, std::string_view organisation_id, std::string_view achievement_id,
    std::string_view definition, std::string_view created_by, std::string_view at);

// The achievement's version `version`, or its current one when absent.
std::optional<AchievementRecord> find_achievement(Connection& connection,
                                                  std::string_view achievement_id,
                                                  std::optional<std::int64_t> version = {});

// The organisation's achievements at their current versions, oldest first (by creation second,
// then id), at most `limit`, starting after the achievement `after` (its id) when given.
std::vector<AchievementRecord> list_achievements(Connection& connection,
                                                 std::string_view organisation_id,
                                                 std::size_t limit,
                                                 std::optional<std::string> after = {});

}  // namespace cairn::store
