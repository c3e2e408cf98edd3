#include "store/repositories/invitation_repository.h"

namespace cairn::store {
namespace {

constexpr std::string_view kColumns =
    "token_hash, organisation_id, email, role, invited_by, created_at, expires_at, accepted_at";

StoredInvitation invitation_of(const Row& row) {
  return {row.get<std::string>("token_hash"),
          row.get<std::string>("organisation_id"),
          row.get<std::string>("email"),
          model::role_named(row.get<std::string>("role")).value_or(model::Role::kViewer),
          row.get<std::string>("invited_by"),
          row.get<std::string>("created_at"),
          row.get<std::string>("expires_at"),
          row.get_optional<std::string>("accepted_at")};
}

}  // namespace

void replace_invitation(Connection& connection, const StoredInvitation& invitation) {
  delete_pending_invitation(connection, invitation.organisation_id, invitation.email);
  connection.execute(
      "INSERT INTO invitations (" + std::string(kColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
      {invitation.token_hash, invitation.organisation_id, invitation.email,
       std::string(model::role_name(invitation.role)), invitation.invited_by, invitation.created_at,
       invitation.expires_at});
}

std::optional<StoredInvitation> find_invitation(Connection& connection,
                                                std::string_view token_hash) {
  const std::optional<Row> row = connection.query_one(
      "SELECT " + std::string(kColumns) + " FROM invitations WHERE token_hash = ?",
      {std::string(token_hash)});
  if (!row) return std::nullopt;
  return invitation_of(*row);
}

void mark_invitation_accepted(Connection& connection, std::string_view token_hash,
                              std::string_view at) {
  connection.execute("UPDATE invitations SET accepted_at = ? WHERE token_hash = ?",
                     {std::string(at), std::string(token_hash)});
}

std::vector<StoredInvitation> pending_invitations(Connection& connection,
                                                  std::string_view organisation_id,
                                                  std::string_view now) {
  std::vector<StoredInvitation> invitations;
  for (const Row& row : connection.query(
           "SELECT " + std::string(kColumns) +
               " FROM invitations WHERE organisation_id = ? AND accepted_at IS NULL AND "
               "expires_at > ? ORDER BY created_at DESC, email",
           {std::string(organisation_id), std::string(now)})) {
    invitations.push_back(invitation_of(row));
  }
  return invitations;
}

bool delete_pending_invitation(Connection& connection, std::string_view organisation_id,
                               std::string_view email) {
  return connection.execute(
             "DELETE FROM invitations WHERE organisation_id = ? AND email = ? AND accepted_at IS "
             "NULL",
             {std::string(organisation_id), std::string(email)}) > 0;
}

std::int64_t count_pending_invitations(Connection& connection, std::string_view organisation_id,
                                       std::string_view now) {
  return connection
      .query_one(
          "SELECT COUNT(*) AS n FROM invitations WHERE organisation_id = ? AND accepted_at IS "
          "NULL AND expires_at > ?",
          {std::string(organisation_id), std::string(now)})
      ->get<std::int64_t>("n");
}

}  // namespace cairn::store
