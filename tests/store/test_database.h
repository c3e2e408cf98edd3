// TestDatabase: a fresh, empty database on one backend for one test, dropped with everything in
// it when the object is destroyed; BackendTest: the fixture that runs a test once per backend.
//
// SQLite: a file in a TempDirectory. PostgreSQL: a schema of its own (cairn_test_<random>) on the
// server CAIRN_TEST_POSTGRES_URL names, set as the search_path of every connection opened through
// url(), so that tests running at once (ctest -j) never see each other's tables. Without that
// variable, PostgreSQL tests skip with kNoPostgres (scripts/test starts a server and sets it).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/database.h"
#include "store/database_options.h"
#include "temp_directory.h"

namespace cairn::store::testing {

enum class Backend { kSqlite, kPostgresql };

inline constexpr std::string_view kNoPostgres =
    "skipped: no PostgreSQL (scripts/test starts one; set CAIRN_TEST_POSTGRES_URL)";

// The server of the PostgreSQL tests, or nullopt when CAIRN_TEST_POSTGRES_URL is unset or empty.
std::optional<std::string> test_postgres_url();

class TestDatabase {
 public:
  // Creates the database; throws std::runtime_error when the PostgreSQL schema cannot be made.
  explicit TestDatabase(Backend backend);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // False for PostgreSQL without a server: the test must skip.
  bool available() const { return !url_.empty(); }
  Backend backend() const { return backend_; }

  // The --db URL of this database (for PostgreSQL, with the schema as search_path).
  const std::string& url() const { return url_; }

  // Returns a new Database on it through open_database, as another process would open one; adds
  // a test failure and returns nullptr when opening fails.
  std::unique_ptr<Database> open(const DatabaseOptions& options = {}) const;

  // "BLOB" or "BYTEA": the one column type the backends name differently.
  std::string_view blob_type() const;

  // A query whose rows are the names (column `name`) of this database's tables.
  std::string_view table_names_query() const;

 private:
  Backend backend_;
  std::optional<TempDirectory> directory_;
  std::unique_ptr<Database> server_;  // PostgreSQL: creates and drops the schema
  std::string schema_;
  std::string url_;
};

// Runs each TEST_P once per backend (instantiate with INSTANTIATE_BACKEND_TESTS). SetUp makes
// the test's TestDatabase, or skips the test; a fixture that overrides SetUp calls this one first
// and returns when IsSkipped().
class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;

  TestDatabase& test_database() { return *test_database_; }

 private:
  std::optional<TestDatabase> test_database_;
};

std::string backend_test_name(const ::testing::TestParamInfo<Backend>& info);

// Names the backend in gtest's messages.
void PrintTo(Backend backend, std::ostream* out);

#define INSTANTIATE_BACKEND_TESTS(fixture)                                                   \
  INSTANTIATE_TEST_SUITE_P(Backends, fixture,                                                \
                           ::testing::Values(::cairn::store::testing::Backend::kSqlite,      \
                                             ::cairn::store::testing::Backend::kPostgresql), \
                           ::cairn::store::testing::backend_test_name)

}  // namespace cairn::store::testing
