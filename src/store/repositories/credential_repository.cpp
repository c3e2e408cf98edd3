#include "store/repositories/credential_repository.h"

#include "store/repositories/many_rows.h"
#include "store/repositories/optional_value.h"

namespace cairn::store {
namespace {

constexpr std::string_view kSelectCredential =
    "SELECT id, organisation_id, achievement_id, achievement_version, recipient_type, "
    "recipient, recipient_name, status_list_id, status_index, format, document, issued_at, "
    "valid_until, issued_by, revoked_at, revocation_reason, suspended_at, suspension_reason, "
    "claim_state FROM credentials ";

model::IssuedCredential credential_of(const Row& row) {
  model::IssuedCredential credential;
  credential.id = row.get<std::string>("id");
  credential.organisation_id = row.get<std::string>("organisation_id");
  credential.achievement_id = row.get<std::string>("achievement_id");
  credential.achievement_version = row.get<std::int64_t>("achievement_version");
  credential.recipient.type =
      model::recipient_type_named(row.get<std::string>("recipient_type")).value();
  credential.recipient.identifier = row.get<std::string>("recipient");
  credential.recipient.name = row.get_optional<std::string>("recipient_name");
  credential.status = {row.get<std::string>("status_list_id"),
                       row.get<std::int64_t>("status_index")};
  credential.format = row.get<std::string>("format");
  credential.document = row.get<std::string>("document");
  credential.issued_at = row.get<std::string>("issued_at");
  credential.valid_until = row.get_optional<std::string>("valid_until");
  credential.issued_by = row.get<std::string>("issued_by");
  credential.revoked_at = row.get_optional<std::string>("revoked_at");
  credential.revocation_reason = row.get_optional<std::string>("revocation_reason");
  credential.suspended_at = row.get_optional<std::string>("suspended_at");
  credential.suspension_reason = row.get_optional<std::string>("suspension_reason");
  credential.claim = model::claim_state_named(row.get<std::string>("claim_state")).value();
  return credential;
}

}  // namespace

std::vector<model::IssuedCredential> list_credentials(Connection& connection,
                                                      const CredentialQuery& query) {
  std::string sql = std::string(kSelectCredential) + "WHERE organisation_id = ?";
  std::vector<Value> params{query.organisation_id};
  if (query.achievement_id) {
    sql += " AND achievement_id = ?";
    params.emplace_back(*query.achievement_id);
  }
  if (query.recipient_contains && !query.recipient_contains->empty()) {
    // LIKE with the user's % and _ taken literally; lower() on both sides, since PostgreSQL's
    // LIKE minds case and SQLite's does not.
    std::string pattern = "%";
    for (const char c : *query.recipient_contains) {
      if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
      pattern.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    pattern.push_back('%');
    sql +=
        " AND (lower(recipient) LIKE ? ESCAPE '\\' OR lower(coalesce(recipient_name, '')) "
        "LIKE ? ESCAPE '\\')";
    params.emplace_back(pattern);
    params.emplace_back(pattern);
  }
  if (query.state == "revoked") {
    sql += " AND revoked_at IS NOT NULL";
  } else if (query.state == "suspended") {
    sql += " AND suspended_at IS NOT NULL AND revoked_at IS NULL";
  } else if (query.state == "declined") {
    sql += " AND claim_state = 'declined'";
  } else if (query.state == "active") {
    sql += " AND revoked_at IS NULL AND suspended_at IS NULL AND claim_state <> 'declined'";
  }
  sql += " ORDER BY issued_at DESC, id LIMIT ? OFFSET ?";
  params.emplace_back(static_cast<std::int64_t>(std::min<std::size_t>(query.limit, 200)));
  params.emplace_back(static_cast<std::int64_t>(query.offset));
  std::vector<model::IssuedCredential> credentials;
  for (const Row& row : connection.query(sql, params)) credentials.push_back(credential_of(row));
  return credentials;
}

void insert_credentials(Connection& connection,
                        std::span<const model::IssuedCredential> credentials,
                        std::span<const std::optional<std::string>> claim_token_hashes) {
  constexpr std::size_t kColumns = 16;
  for_each_chunk(
      connection, credentials.size(), kColumns, 0, [&](std::size_t begin, std::size_t end) {
        std::vector<Value> params;
        params.reserve((end - begin) * kColumns);
        for (std::size_t i = begin; i < end; ++i) {
          const model::IssuedCredential& credential = credentials[i];
          params.insert(
              params.end(),
              {credential.id, credential.organisation_id, credential.achievement_id,
               credential.achievement_version,
               std::string(model::recipient_type_name(credential.recipient.type)),
               credential.recipient.identifier, optional_text(credential.recipient.name),
               credential.status.list_id, credential.status.index, credential.format,
               credential.document, credential.issued_at, optional_text(credential.valid_until),
               credential.issued_by, std::string(model::claim_state_name(credential.claim)),
               i < claim_token_hashes.size() ? optional_text(claim_token_hashes[i])
                                             : Value(nullptr)});
        }
        connection.execute(
            "INSERT INTO credentials (id, organisation_id, achievement_id, achievement_version, "
            "recipient_type, recipient, recipient_name, status_list_id, status_index, format, "
            "document, issued_at, valid_until, issued_by, claim_state, claim_token_hash) VALUES " +
                repeated("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", end - begin),
            Params(params.data(), params.size()));
      });
}

std::vector<model::IssuedCredential> credentials_due_for_expiry_reminder(Connection& connection,
                                                                         std::string_view from,
                                                                         std::string_view until,
                                                                         std::size_t limit) {
  std::vector<model::IssuedCredential> due;
  for (const Row& row : connection.query(
           std::string(kSelectCredential) +
               "WHERE recipient_type = 'email' AND revoked_at IS NULL AND claim_state <> "
               "'declined' AND expiry_reminder_at IS NULL AND valid_until > ? AND valid_until <= ? "
               "ORDER BY valid_until, id LIMIT ?",
           {std::string(from), std::string(until), static_cast<std::int64_t>(limit)})) {
    due.push_back(credential_of(row));
  }
  return due;
}

void set_expiry_reminder_queued(Connection& connection, std::string_view id, std::string_view at) {
  connection.execute("UPDATE credentials SET expiry_reminder_at = ? WHERE id = ?",
                     {std::string(at), std::string(id)});
}

std::optional<model::IssuedCredential> find_credential(Connection& connection,
                                                       std::string_view id) {
  const std::optional<Row> row =
      connection.query_one(std::string(kSelectCredential) + "WHERE id = ?", {std::string(id)});
  if (!row) return std::nullopt;
  return credential_of(*row);
}

std::vector<std::pair<std::string, std::string>> unrevoked_credentials_of(
    Connection& connection, std::string_view achievement_id,
    std::span<const std::string> recipients) {
  std::vector<std::pair<std::string, std::string>> held;
  for_each_chunk(connection, recipients.size(), 1, 1, [&](std::size_t begin, std::size_t end) {
    std::vector<Value> params{std::string(achievement_id)};
    params.insert(params.end(), recipients.begin() + static_cast<std::ptrdiff_t>(begin),
                  recipients.begin() + static_cast<std::ptrdiff_t>(end));
    for (const Row& row : connection.query(
             "SELECT recipient, id FROM credentials WHERE achievement_id = ? AND recipient IN (" +
                 repeated("?", end - begin) + ") AND revoked_at IS NULL ORDER BY issued_at, id",
             Params(params.data(), params.size()))) {
      held.emplace_back(row.get<std::string>("recipient"), row.get<std::string>("id"));
    }
  });
  return held;
}

std::optional<model::IssuedCredential> find_credential_by_claim_token_hash(Connection& connection,
                                                                           std::string_view hash) {
  const std::optional<Row> row = connection.query_one(
      std::string(kSelectCredential) + "WHERE claim_token_hash = ?", {std::string(hash)});
  if (!row) return std::nullopt;
  return credential_of(*row);
}

void set_claim_state(Connection& connection, std::string_view id, model::ClaimState state) {
  connection.execute("UPDATE credentials SET claim_state = ? WHERE id = ?",
                     {std::string(model::claim_state_name(state)), std::string(id)});
}

bool set_revocation(Connection& connection, std::string_view id,
                    const std::optional<std::string>& at,
                    const std::optional<std::string>& reason) {
  return connection.execute(
             "UPDATE credentials SET revoked_at = ?, revocation_reason = ? WHERE id = ?",
             {optional_text(at), optional_text(reason), std::string(id)}) == 1;
}

bool set_suspension(Connection& connection, std::string_view id,
                    const std::optional<std::string>& at,
                    const std::optional<std::string>& reason) {
  return connection.execute(
             "UPDATE credentials SET suspended_at = ?, suspension_reason = ? WHERE id = ?",
             {optional_text(at), optional_text(reason), std::string(id)}) == 1;
}

std::vector<std::int64_t> revoked_indexes(Connection& connection, std::string_view list_id) {
  std::vector<std::int64_t> found;
  for (const Row& row : connection.query("SELECT status_index FROM credentials "
                                         "WHERE status_list_id = ? AND revoked_at IS NOT NULL",
                                         {std::string(list_id)})) {
    found.push_back(row.get<std::int64_t>("status_index"));
  }
  return found;
}

}  // namespace cairn::store
