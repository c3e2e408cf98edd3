// Test support for the service's layers (app/, api/): a fresh database migrated to Cairn's
// schema (SQLite in a temporary directory by default; PostgreSQL in a schema of its own on the
// test server, see tests/store/test_database.h), and accounts with API tokens made through the
// real use cases. Failures throw std::runtime_error, which GoogleTest reports with the message.
//
// Thread-safety: one test at a time per object; the Database itself is thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/date_time.h"
#include "model/organisation.h"
#include "store/database.h"
#include "test_database.h"

namespace cairn::testing {

class ServiceDatabase {
 public:
  explicit ServiceDatabase(store::testing::Backend backend = store::testing::Backend::kSqlite);

  // False for PostgreSQL without a test server: the test must skip (store::testing::kNoPostgres).
  bool available() const { return database_ != nullptr; }
  store::Database& get() { return *database_; }

  // Makes an account (with `password` when given, for sign-in) and an API token with `scopes`
  // for it; returns the token.
  std::string account_with_token(const std::string& email, const std::vector<std::string>& scopes,
                                 bool platform_admin = false,
                                 std::optional<std::string> password = std::nullopt);
  // Another API token for the existing account `email`.
  std::string another_token(const std::string& email, const std::vector<std::string>& scopes);
  // Gives the account `email` the role in the organisation, straight in the database.
  void add_member(const std::string& organisation_id, const std::string& email, model::Role role);

 private:
  store::testing::TestDatabase test_database_;
  std::unique_ptr<store::Database> database_;
};

}  // namespace cairn::testing
