#include "store/postgres_database.h"

#include "store/postgres_connection.h"

namespace cairn::store {

namespace {

class PostgresDatabase final : public Database {
 public:
  PostgresDatabase(const std::string& uri, const PostgresOptions& options)
      : Database(options.database, [uri, settings = PostgresConnectionSettings{
                                             options.database.limits, options.connect_timeout,
                                             options.statement_timeout}] {
          return PostgresConnection::open(uri, settings);
        }) {}

  std::string_view backend() const override { return "postgresql"; }

  void open_first_connection() { pool().open_one(); }
};

}  // namespace

Result<std::unique_ptr<Database>> open_postgresql(const std::string& uri,
                                                  const PostgresOptions& options) {
  return capture([&]() -> std::unique_ptr<Database> {
    auto database = std::make_unique<PostgresDatabase>(uri, options);
    database->open_first_connection();
    return database;
  });
}

}  // namespace cairn::store
