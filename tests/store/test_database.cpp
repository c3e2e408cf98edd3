#include "test_database.h"

#include <cstdlib>
#include <random>
#include <stdexcept>

#include "store/database_url.h"
#include "store/postgres_database.h"

namespace cairn::store::testing {

namespace {

std::string random_schema_name() {
  std::random_device random;
  std::uniform_int_distribution<int> digit(0, 15);
  std::string name = "cairn_test_";
  for (int i = 0; i < 16; ++i) name += "0123456789abcdef"[digit(random)];
  return name;
}

}  // namespace

std::optional<std::string> test_postgres_url() {
  const char* url = std::getenv("CAIRN_TEST_POSTGRES_URL");
  if (url == nullptr || *url == '\0') return std::nullopt;
  return std::string(url);
}

TestDatabase::TestDatabase(Backend backend) : backend_(backend) {
  if (backend == Backend::kSqlite) {
    directory_.emplace();
    url_ = "sqlite:" + directory_->file("test.db");
    return;
  }
  const std::optional<std::string> server_url = test_postgres_url();
  if (!server_url) return;
  PostgresOptions options;
  options.database.max_connections = 1;
  Result<std::unique_ptr<Database>> server = open_postgresql(*server_url, options);
  if (!server) throw std::runtime_error("cannot open the test server: " + server.error().message);
  server_ = std::move(server).value();
  schema_ = random_schema_name();
  // An identifier cannot be a parameter; the name is made here of [a-z0-9_] only.
  auto created = server_->write(
      [&](Connection& connection) { connection.execute("CREATE SCHEMA " + schema_); });
  if (!created) throw std::runtime_error("cannot create a schema: " + created.error().message);
  url_ = *server_url + (server_url->find('?') == std::string::npos ? "?" : "&") +
         "options=-csearch_path%3D" + schema_;
}

TestDatabase::~TestDatabase() {
  if (!server_) return;
  auto dropped = server_->write(
      [&](Connection& connection) { connection.execute("DROP SCHEMA " + schema_ + " CASCADE"); });
  if (!dropped)
    ADD_FAILURE() << "cannot drop schema " << schema_ << ": " << dropped.error().message;
}

std::unique_ptr<Database> TestDatabase::open(const DatabaseOptions& options) const {
  Result<DatabaseUrl> url = parse_database_url(url_);
  if (!url) {
    ADD_FAILURE() << url.error().to_string();
    return nullptr;
  }
  Result<std::unique_ptr<Database>> opened = open_database(*url, options);
  if (!opened) {
    ADD_FAILURE() << opened.error().to_string();
    return nullptr;
  }
  return std::move(opened).value();
}

std::string_view TestDatabase::blob_type() const {
  return backend_ == Backend::kSqlite ? "BLOB" : "BYTEA";
}

std::string_view TestDatabase::table_names_query() const {
  return backend_ == Backend::kSqlite ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                                      : "SELECT table_name AS name FROM information_schema.tables "
                                        "WHERE table_schema = current_schema()";
}

void BackendTest::SetUp() {
  test_database_.emplace(GetParam());
  if (!test_database_->available()) GTEST_SKIP() << kNoPostgres;
}

std::string backend_test_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgresql";
}

void PrintTo(Backend backend, std::ostream* out) {
  *out << (backend == Backend::kSqlite ? "SQLite" : "PostgreSQL");
}

}  // namespace cairn::store::testing
