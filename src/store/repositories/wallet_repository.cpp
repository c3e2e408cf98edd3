#include "store/repositories/wallet_repository.h"

#include "store/repositories/optional_value.h"

namespace cairn::store {
namespace {

constexpr std::string_view kWalletColumns =
    "id, user_id, credential_id, credential_key, source, format, document, name, issuer, "
    "issued_at, valid_until, visibility, share_token, added_at";

model::WalletEntry entry_of(const Row& row) {
  model::WalletEntry entry;
  entry.id = row.get<std::string>("id");
  entry.user_id = row.get<std::string>("user_id");
  entry.credential_id = row.get_optional<std::string>("credential_id");
  entry.credential_key = row.get<std::string>("credential_key");
  entry.source = model::wallet_source_named(row.get<std::string>("source"))
                     .value_or(model::WalletSource::kImported);
  entry.format = row.get<std::string>("format");
  entry.document = row.get<std::string>("document");
  entry.name = row.get<std::string>("name");
  entry.issuer = row.get<std::string>("issuer");
  entry.issued_at = row.get_optional<std::string>("issued_at");
  entry.valid_until = row.get_optional<std::string>("valid_until");
  entry.visibility = model::visibility_named(row.get<std::string>("visibility"))
                         .value_or(model::Visibility::kPrivate);
  entry.share_token = row.get_optional<std::string>("share_token");
  entry.added_at = row.get<std::string>("added_at");
  return entry;
}

std::optional<model::WalletEntry> find_where(Connection& connection, const std::string& where,
                                             Params params) {
  const std::optional<Row> row = connection.query_one(
      "SELECT " + std::string(kWalletColumns) + " FROM wallet_entries WHERE " + where, params);
  if (!row) return std::nullopt;
  return entry_of(*row);
}

}  // namespace

void insert_wallet_entry(Connection& connection, const model::WalletEntry& entry) {
  connection.execute(
      "INSERT INTO wallet_entries (" + std::string(kWalletColumns) +
          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {entry.id, entry.user_id, optional_text(entry.credential_id), entry.credential_key,
       std::string(model::wallet_source_name(entry.source)), entry.format, entry.document,
       entry.name, entry.issuer, optional_text(entry.issued_at), optional_text(entry.valid_until),
       std::string(model::visibility_name(entry.visibility)), optional_text(entry.share_token),
       entry.added_at});
}

std::optional<model::WalletEntry> find_wallet_entry(Connection& connection, std::string_view id) {
  const Value params[] = {std::string(id)};
  return find_where(connection, "id = ?", params);
}

std::optional<model::WalletEntry> find_wallet_entry_by_key(Connection& connection,
                                                           std::string_view user_id,
                                                           std::string_view credential_key) {
  const Value params[] = {std::string(user_id), std::string(credential_key)};
  return find_where(connection, "user_id = ? AND credential_key = ?", params);
}

std::optional<model::WalletEntry> find_shared_wallet_entry(Connection& connection,
                                                           std::string_view share_token) {
  const Value params[] = {std::string(share_token)};
  return find_where(connection, "share_token = ? AND visibility = 'public'", params);
}

std::vector<model::WalletEntry> list_wallet_entries(Connection& connection,
                                                    std::string_view user_id, std::size_t limit,
                                                    std::size_t offset) {
  std::vector<model::WalletEntry> entries;
  for (const Row& row : connection.query(
           "SELECT " + std::string(kWalletColumns) +
               " FROM wallet_entries WHERE user_id = ? ORDER BY added_at DESC, id LIMIT ? OFFSET ?",
           {std::string(user_id), static_cast<std::int64_t>(limit),
            static_cast<std::int64_t>(offset)})) {
    entries.push_back(entry_of(row));
  }
  return entries;
}

void set_wallet_visibility(Connection& connection, std::string_view id,
                           model::Visibility visibility,
                           const std::optional<std::string>& share_token) {
  connection.execute("UPDATE wallet_entries SET visibility = ?, share_token = ? WHERE id = ?",
                     {std::string(model::visibility_name(visibility)), optional_text(share_token),
                      std::string(id)});
}

void delete_wallet_entry(Connection& connection, std::string_view id) {
  connection.execute("DELETE FROM wallet_entries WHERE id = ?", {std::string(id)});
}

}  // namespace cairn::store
