#include "store/repositories/cairn_schema.h"

#include <array>

namespace cairn::store {
namespace {

// Identifiers are application-made random text; times are RFC 3339 UTC text; booleans are
// integers 0/1 (the types both engines share).
constexpr std::string_view kAccounts = R"sql(
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT,
  platform_admin INTEGER NOT NULL DEFAULT 0 CHECK (platform_admin IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  secret_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  scopes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT,
  last_used_at TEXT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
)sql";

constexpr std::array kMigrations = {
    Migration{1, "accounts: users and API tokens", kAccounts},
};

}  // namespace

std::span<const Migration> cairn_migrations() { return kMigrations; }

}  // namespace cairn::store
