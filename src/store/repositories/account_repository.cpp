#include "store/repositories/account_repository.h"

#include <sstream>

#include "store/repositories/optional_value.h"

namespace cairn::store {
namespace {

constexpr std::string_view kUserColumns =
    "id, email, display_name, password_hash, platform_admin, created_at";
constexpr std::string_view kTokenColumns =
    "id, user_id, secret_hash, name, scopes, created_at, expires_at, revoked_at";

StoredUser user_of(const Row& row) {
  StoredUser stored;
  stored.user.id = row.get<std::string>("id");
  stored.user.email = row.get<std::string>("email");
  stored.user.display_name = row.get<std::string>("display_name");
  stored.user.platform_admin = row.get<std::int64_t>("platform_admin") != 0;
  stored.user.created_at = row.get<std::string>("created_at");
  stored.password_hash = row.get_optional<std::string>("password_hash");
  return stored;
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) {
    if (!text.empty()) text += ' ';
    text += word;
  }
  return text;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

std::optional<StoredUser> find_user_where(Connection& connection, std::string_view column,
                                          std::string_view value) {
  const std::optional<Row> row = connection.query_one(
      "SELECT " + std::string(kUserColumns) + " FROM users WHERE " + std::string(column) + " = ?",
      {std::string(value)});
  if (!row) return std::nullopt;
  return user_of(*row);
}

}  // namespace

void insert_user(Connection& connection, const StoredUser& stored) {
  const model::User& user = stored.user;
  connection.execute(
      "INSERT INTO users (" + std::string(kUserColumns) + ") VALUES (?, ?, ?, ?, ?, ?)",
      {user.id, user.email, user.display_name, optional_text(stored.password_hash),
       std::int64_t{user.platform_admin ? 1 : 0}, user.created_at});
}

std::optional<StoredUser> find_user_by_email(Connection& connection, std::string_view email) {
  return find_user_where(connection, "email", email);
}

std::optional<StoredUser> find_user_by_id(Connection& connection, std::string_view id) {
  return find_user_where(connection, "id", id);
}

void insert_api_token(Connection& connection, const StoredApiToken& stored) {
  const model::ApiToken& token = stored.token;
  connection.execute(
      "INSERT INTO api_tokens (" + std::string(kTokenColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {token.id, token.user_id, stored.secret_hash, token.name, joined(token.scopes),
       token.created_at, optional_text(token.expires_at), optional_text(token.revoked_at)});
}

std::optional<StoredApiToken> find_api_token(Connection& connection, std::string_view id) {
  const std::optional<Row> row = connection.query_one(
      "SELECT " + std::string(kTokenColumns) + " FROM api_tokens WHERE id = ?", {std::string(id)});
  if (!row) return std::nullopt;
  StoredApiToken stored;
  stored.token.id = row->get<std::string>("id");
  stored.token.user_id = row->get<std::string>("user_id");
  stored.secret_hash = row->get<std::string>("secret_hash");
  stored.token.name = row->get<std::string>("name");
  stored.token.scopes = split_words(row->get<std::string>("scopes"));
  stored.token.created_at = row->get<std::string>("created_at");
  stored.token.expires_at = row->get_optional<std::string>("expires_at");
  stored.token.revoked_at = row->get_optional<std::string>("revoked_at");
  return stored;
}

void touch_api_token(Connection& connection, std::string_view id, std::string_view at) {
  connection.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?",
                     {std::string(at), std::string(id)});
}

}  // namespace cairn::store
