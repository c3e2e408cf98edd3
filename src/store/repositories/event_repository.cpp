#include "store/repositories/event_repository.h"

namespace cairn::store {

void add_credential_events(Connection& connection, std::string_view credential_id,
                           const EventCount& count) {
  connection.execute(
      "INSERT INTO credential_events (achievement_id, day, kind, count) "
      "SELECT achievement_id, ?, ?, ? FROM credentials WHERE id = ? "
      "ON CONFLICT (achievement_id, day, kind) DO UPDATE SET count = credential_events.count + "
      "excluded.count",
      {count.day, count.kind, count.count, std::string(credential_id)});
}

std::vector<EventCount> daily_counts(Connection& connection, std::string_view achievement_id,
                                     std::string_view first_day) {
  std::vector<EventCount> counts;
  for (const Row& row : connection.query(
           "SELECT day, kind, count FROM credential_events WHERE achievement_id = ? AND day >= ? "
           "UNION ALL "
           "SELECT substr(issued_at, 1, 10) AS day, 'issued' AS kind, COUNT(*) AS count "
           "FROM credentials WHERE achievement_id = ? AND issued_at >= ? "
           "GROUP BY substr(issued_at, 1, 10) ORDER BY 1, 2",
           {std::string(achievement_id), std::string(first_day), std::string(achievement_id),
            std::string(first_day)})) {
    counts.push_back({row.get<std::string>("day"), row.get<std::string>("kind"),
                      row.get<std::int64_t>("count")});
  }
  return counts;
}

AchievementTotals achievement_totals(Connection& connection, std::string_view achievement_id) {
  const std::optional<Row> row = connection.query_one(
      "SELECT COUNT(*) AS issued, "
      "COALESCE(SUM(CASE WHEN claim_state = 'accepted' THEN 1 ELSE 0 END), 0) AS accepted, "
      "COALESCE(SUM(CASE WHEN revoked_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS revoked "
      "FROM credentials WHERE achievement_id = ?",
      {std::string(achievement_id)});
  if (!row) return {};
  return {row->get<std::int64_t>("issued"), row->get<std::int64_t>("accepted"),
          row->get<std::int64_t>("revoked")};
}

}  // namespace cairn::store
