// AccountRepository: users and API tokens in the database (schema: cairn_schema.cpp, step 1).
// Functions run inside a transaction the caller opened (Database::write / read) and throw what
// Connection throws; the caller's write/read turns that into an Error.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/account.h"
#include "store/connection.h"

namespace cairn::store {

struct StoredUser {
  model::User user;
  std::optional<std::string> password_hash;  // Argon2id; none: no password sign-in
};

struct StoredApiToken {
  model::ApiToken token;
  std::string secret_hash;  // lower-case hex SHA-256 of the secret part
};

void insert_user(Connection& connection, const StoredUser& stored);
std::optional<StoredUser> find_user_by_email(Connection& connection, std::string_view email);
std::optional<StoredUser> find_user_by_id(Connection& connection, std::string_view id);

void insert_api_token(Connection& connection, const StoredApiToken& stored);
std::optional<StoredApiToken> find_api_token(Connection& connection, std::string_view id);
// Records when a token was last used (shown to its owner; stale tokens can be spotted).
void touch_api_token(Connection& connection, std::string_view id, std::string_view at);

}  // namespace cairn::store
