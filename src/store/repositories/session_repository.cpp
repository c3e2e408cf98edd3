#include "store/repositories/session_repository.h"

#include "store/repositories/optional_value.h"

namespace cairn::store {
namespace {

constexpr std::string_view kSessionColumns =
    "id, user_id, csrf_token, created_at, last_seen_at, expires_at, revoked_at";

}  // namespace

void insert_session(Connection& connection, const StoredSession& session) {
  connection.execute(
      "INSERT INTO sessions (" + std::string(kSessionColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
      {session.id, session.user_id, session.csrf_token, session.created_at, session.last_seen_at,
       session.expires_at, optional_text(session.revoked_at)});
}

std::optional<StoredSession> find_session(Connection& connection, std::string_view id) {
  const std::optional<Row> row = connection.query_one(
      "SELECT " + std::string(kSessionColumns) + " FROM sessions WHERE id = ?", {std::string(id)});
  if (!row) return std::nullopt;
  return StoredSession{row->get<std::string>("id"),
                       row->get<std::string>("user_id"),
                       row->get<std::string>("csrf_token"),
                       row->get<std::string>("created_at"),
                       row->get<std::string>("last_seen_at"),
                       row->get<std::string>("expires_at"),
                       row->get_optional<std::string>("revoked_at")};
}

void touch_session(Connection& connection, std::string_view id, std::string_view at) {
  connection.execute("UPDATE sessions SET last_seen_at = ? WHERE id = ?",
                     {std::string(at), std::string(id)});
}

void revoke_session(Connection& connection, std::string_view id, std::string_view at) {
  connection.execute("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                     {std::string(at), std::string(id)});
}

void record_sign_in_failure(Connection& connection, std::string_view email, std::string_view at) {
  connection.execute("INSERT INTO sign_in_failures (email, at) VALUES (?, ?)",
                     {std::string(email), std::string(at)});
}

std::int64_t count_sign_in_failures(Connection& connection, std::string_view email,
                                    std::string_view since) {
  return connection
      .query_one("SELECT COUNT(*) AS n FROM sign_in_failures WHERE email = ? AND at > ?",
                 {std::string(email), std::string(since)})
      ->get<std::int64_t>("n");
}

std::optional<std::string> first_sign_in_failure(Connection& connection, std::string_view email,
                                                 std::string_view since) {
  return connection
      .query_one("SELECT MIN(at) AS first FROM sign_in_failures WHERE email = ? AND at > ?",
                 {std::string(email), std::string(since)})
      ->get_optional<std::string>("first");
}

void clear_sign_in_failures(Connection& connection, std::string_view email,
                            std::string_view before) {
  connection.execute("DELETE FROM sign_in_failures WHERE email = ? OR at < ?",
                     {std::string(email), std::string(before)});
}

}  // namespace cairn::store
