// The achievement use cases: define one, revise it (a new version), read and list them as a
// member, and read any published version as anyone.
//
// Who may: defining and revising need a token with the write scope and the admin role (or
// owner) in the organisation; reading and listing need the read scope and any role; the public
// read needs nothing, since every credential carries its achievement anyway.
//
// Errors: "invalid request" (the definition breaks a rule of achievement_definition.h; the
// message names the field), "forbidden", "not found", or the database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/api_tokens.h"
#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/achievement.h"
#include "store/database.h"

namespace cairn::app {

Result<model::Achievement> define_achievement(store::Database& database, const Principal& principal,
                                              std::string_view organisation_id,
                                              const boost::json::object& definition, TimePoint now);

Result<model::Achievement> revise_achievement(store::Database& database, const Principal& principal,
                                              std::string_view organisation_id,
                                              std::string_view achievement_id,
                                              const boost::json::object& definition, TimePoint now);

Result<model::Achievement> read_achievement(store::Database& database, const Principal& principal,
                                            std::string_view organisation_id,
                                            std::string_view achievement_id);

// At most `limit` (1-200) achievements at their current versions, oldest first (by creation
// second, then id), after the one whose id is `after`.
Result<std::vector<model::Achievement>> list_achievements(store::Database& database,
                                                          const Principal& principal,
                                                          std::string_view organisation_id,
                                                          std::size_t limit,
                                                          std::optional<std::string> after);

// Version `version` of the achievement (the current one when absent), for anyone.
Result<model::Achievement> published_achievement(store::Database& database,
                                                 std::string_view achievement_id,
                                                 std::optional<std::int64_t> version);

// Inside the caller's transaction: version `version` of the achievement (the current one when
// absent). Errors "not found", or "database error" for a stored definition that no longer reads.
Result<model::Achievement> achievement_in(store::Connection& connection,
                                          std::string_view achievement_id,
                                          std::optional<std::int64_t> version);

// <base URL>/achievements/<id>/versions/<n>: the Achievement.id of credentials issued under it.
std::string achievement_version_url(const Instance& instance,
                                    const model::Achievement& achievement);

}  // namespace cairn::app
