// Test support for the service's layers (app/, api/): a SQLite database in a fresh temporary
// directory, migrated to Cairn's schema, and accounts with API tokens made through the real use
// cases. Failures throw std::runtime_error, which GoogleTest reports with the message.
//
// Thread-safety: one test at a time per object; the Database itself is thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/date_time.h"
#include "store/database.h"
#include "temp_directory.h"

namespace cairn::testing {

class ServiceDatabase {
 public:
  ServiceDatabase();

  store::Database& get() { return *database_; }

  // Makes an account (no password) and an API token with `scopes` for it; returns the token.
  std::string account_with_token(const std::string& email, const std::vector<std::string>& scopes,
                                 bool platform_admin = false);

 private:
  store::testing::TempDirectory directory_;
  std::unique_ptr<store::Database> database_;
};

}  // namespace cairn::testing
