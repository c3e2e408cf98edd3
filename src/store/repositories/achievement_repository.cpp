#include "store/repositories/achievement_repository.h"

namespace cairn::store {
namespace {

constexpr std::string_view kSelectAchievement =
    "SELECT a.id, a.organisation_id, v.version, v.definition, a.created_at, "
    "v.created_at AS version_created_at FROM achievements a "
    "JOIN achievement_versions v ON v.achievement_id = a.id ";

AchievementRecord record_of(const Row& row) {
  return AchievementRecord{
      row.get<std::string>("id"),         row.get<std::string>("organisation_id"),
      row.get<std::int64_t>("version"),   row.get<std::string>("definition"),
      row.get<std::string>("created_at"), row.get<std::string>("version_created_at")};
}

void insert_version(Connection& connection, std::string_view achievement_id, std::int64_t version,
                    std::string_view definition, std::string_view created_by, std::string_view at) {
  connection.execute(
      "INSERT INTO achievement_versions (achievement_id, version, definition, created_by, "
      "created_at) VALUES (?, ?, ?, ?, ?)",
      {std::string(achievement_id), version, std::string(definition), std::string(created_by),
       std::string(at)});
}

}  // namespace

void insert_achievement(Connection& connection, const AchievementRecord& record,
                        std::string_view created_by) {
  connection.execute(
      "INSERT INTO achievements (id, organisation_id, current_version, created_at) "
      "VALUES (?, ?, 1, ?)",
      {record.id, record.organisation_id, record.created_at});
  insert_version(connection, record.id, 1, record.definition, created_by, record.created_at);
}

std::optional<std::int64_t> add_achievement_version(
    Connection& connection, std::string_view organisation_id, std::string_view achievement_id,
    std::string_view definition, std::string_view created_by, std::string_view at) {
  const std::optional<Row> row = connection.query_one(
      "UPDATE achievements SET current_version = current_version + 1 "
      "WHERE id = ? AND organisation_id = ? RETURNING current_version",
      {std::string(achievement_id), std::string(organisation_id)});
  if (!row) return std::nullopt;
  const auto version = row->get<std::int64_t>("current_version");
  insert_version(connection, achievement_id, version, definition, created_by, at);
  return version;
}

std::optional<AchievementRecord> find_achievement(Connection& connection,
                                                  std::string_view achievement_id,
                                                  std::optional<std::int64_t> version) {
  const std::optional<Row> row =
      version ? connection.query_one(
                    std::string(kSelectAchievement) + "WHERE a.id = ? AND v.version = ?",
                    {std::string(achievement_id), *version})
              : connection.query_one(std::string(kSelectAchievement) +
                                         "WHERE a.id = ? AND v.version = a.current_version",
                                     {std::string(achievement_id)});
  if (!row) return std::nullopt;
  return record_of(*row);
}

std::vector<AchievementRecord> list_achievements(Connection& connection,
                                                 std::string_view organisation_id,
                                                 std::size_t limit,
                                                 std::optional<std::string> after) {
  const std::string order = " ORDER BY a.created_at, a.id LIMIT " + std::to_string(limit);
  const std::string current = std::string(kSelectAchievement) +
                              "WHERE a.organisation_id = ? AND v.version = a.current_version";
  const std::vector<Row> rows =
      after ? connection.query(current +
                                   " AND (a.created_at, a.id) > (SELECT created_at, id FROM "
                                   "achievements WHERE id = ?)" +
                                   order,
                               {std::string(organisation_id), *after})
            : connection.query(current + order, {std::string(organisation_id)});
  std::vector<AchievementRecord> records;
  records.reserve(rows.size());
  for (const Row& row : rows) records.push_back(record_of(row));
  return records;
}

}  // namespace cairn::store
