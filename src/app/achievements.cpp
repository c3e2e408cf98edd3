#include "app/achievements.h"

#include <boost/json/serialize.hpp>

#include "app/achievement_definition.h"
#include "app/organisation_access.h"
#include "canon/json/json_parser.h"
#include "crypto/random_text.h"
#include "store/repositories/achievement_repository.h"

namespace cairn::app {
namespace {

Error not_found(std::string_view id) {
  return Error{"not found", "no achievement has the id " + std::string(id)};
}

// A stored version back as the model; the definition goes through the same reader as requests,
// so a damaged row is an error, never a half-read achievement.
Result<model::Achievement> achievement_of(const store::AchievementRecord& record) {
  Result<boost::json::value> json = canon::json::parse_json(record.definition);
  if (!json || !json->is_object()) {
    return Error{"database error", "achievement " + record.id + " has a damaged definition"};
  }
  Result<model::AchievementDefinition> definition = read_achievement_definition(json->as_object());
  if (!definition) {
    return Error{"database error", "achievement " + record.id +
                                       " has a damaged definition: " + definition.error().message};
  }
  return model::Achievement{record.id,         record.organisation_id,
                            record.version,    std::move(*definition),
                            record.created_at, record.version_created_at};
}

}  // namespace

Result<model::Achievement> define_achievement(store::Database& database, const Principal& principal,
                                              std::string_view organisation_id,
                                              const boost::json::object& definition,
                                              TimePoint now) {
  const std::string_view action = "defining an achievement";
  if (Result<bool> scoped = require_scope(principal, "write", action); !scoped) {
    return scoped.error();
  }
  Result<model::AchievementDefinition> checked = read_achievement_definition(definition);
  if (!checked) return checked.error();
  store::AchievementRecord record;
  record.id = crypto::random_hex(16);
  record.organisation_id = std::string(organisation_id);
  record.version = 1;
  record.definition = boost::json::serialize(achievement_definition_json(*checked));
  record.created_at = format_whole_seconds(now);
  record.version_created_at = record.created_at;
  return database.write([&](store::Connection& connection) -> Result<model::Achievement> {
    Result<model::Role> role =
        require_role(connection, principal, organisation_id, model::Role::kAdmin, action);
    if (!role) return role.error();
    store::insert_achievement(connection, record, principal.user.id);
    return model::Achievement{record.id, record.organisation_id, 1,
                              *checked,  record.created_at,      record.created_at};
  });
}

Result<model::Achievement> revise_achievement(store::Database& database, const Principal& principal,
                                              std::string_view organisation_id,
                                              std::string_view achievement_id,
                                              const boost::json::object& definition,
                                              TimePoint now) {
  const std::string_view action = "revising an achievement";
  if (Result<bool> scoped = require_scope(principal, "write", action); !scoped) {
    return scoped.error();
  }
  Result<model::AchievementDefinition> checked = read_achievement_definition(definition);
  if (!checked) return checked.error();
  const std::string text = boost::json::serialize(achievement_definition_json(*checked));
  const std::string at = format_whole_seconds(now);
  return database.write([&](store::Connection& connection) -> Result<model::Achievement> {
    Result<model::Role> role =
        require_role(connection, principal, organisation_id, model::Role::kAdmin, action);
    if (!role) return role.error();
    const std::optional<std::int64_t> version = store::add_achievement_version(
        connection, organisation_id, achievement_id, text, principal.user.id, at);
    if (!version) return not_found(achievement_id);
    return achievement_in(connection, achievement_id, *version);
  });
}

Result<model::Achievement> read_achievement(store::Database& database, const Principal& principal,
                                            std::string_view organisation_id,
                                            std::string_view achievement_id) {
  const std::string_view action = "reading an organisation's achievements";
  if (Result<bool> scoped = require_scope(principal, "read", action); !scoped) {
    return scoped.error();
  }
  return database.read([&](store::Connection& connection) -> Result<model::Achievement> {
    Result<model::Role> role =
        require_role(connection, principal, organisation_id, model::Role::kViewer, action);
    if (!role) return role.error();
    std::optional<store::AchievementRecord> record =
        store::find_achievement(connection, achievement_id);
    if (!record || record->organisation_id != organisation_id) return not_found(achievement_id);
    return achievement_of(*record);
  });
}

Result<std::vector<model::Achievement>> list_achievements(store::Database& database,
                                                          const Principal& principal,
                                                          std::string_view organisation_id,
                                                          std::size_t limit,
                                                          std::optional<std::string> after) {
  const std::string_view action = "listing an organisation's achievements";
  if (Result<bool> scoped = require_scope(principal, "read", action); !scoped) {
    return scoped.error();
  }
  if (limit < 1 || limit > 200) {
    return Error{"invalid request", "the limit is a number from 1 to 200"};
  }
  return database.read(
      [&](store::Connection& connection) -> Result<std::vector<model::Achievement>> {
        Result<model::Role> role =
            require_role(connection, principal, organisation_id, model::Role::kViewer, action);
        if (!role) return role.error();
        std::vector<model::Achievement> achievements;
        for (const store::AchievementRecord& record :
             store::list_achievements(connection, organisation_id, limit, after)) {
          Result<model::Achievement> achievement = achievement_of(record);
          if (!achievement) return achievement.error();
          achievements.push_back(std::move(*achievement));
        }
        return achievements;
      });
}

Result<model::Achievement> published_achievement(store::Database& database,
                                                 std::string_view achievement_id,
                                                 std::optional<std::int64_t> version) {
  return database.read([&](store::Connection& connection) {
    return achievement_in(connection, achievement_id, version);
  });
}

Result<model::Achievement> achievement_in(store::Connection& connection,
                                          std::string_view achievement_id,
                                          std::optional<std::int64_t> version) {
  std::optional<store::AchievementRecord> record =
      store::find_achievement(connection, achievement_id, version);
  if (!record) return not_found(achievement_id);
  return achievement_of(*record);
}

std::string achievement_version_url(const Instance& instance,
                                    const model::Achievement& achievement) {
  return instance.base_url + "/achievements/" + achievement.id + "/versions/" +
         std::to_string(achievement.version);
}

}  // namespace cairn::app
