#include "cli/service_database.h"

#include "store/database_url.h"
#include "store/migrations.h"
#include "store/repositories/cairn_schema.h"

namespace cairn::cli {

void add_database_flag(CLI::App& command, std::string& url) {
  url = std::string(store::kDefaultDatabaseUrl);
  command.add_option("--db", url,
                     "Database: sqlite:PATH or postgresql://... (default " +
                         std::string(store::kDefaultDatabaseUrl) + ")");
}

Result<std::unique_ptr<store::Database>> open_service_database(const std::string& url) {
  Result<store::DatabaseUrl> parsed = store::parse_database_url(url);
  if (!parsed) return parsed.error();
  Result<std::unique_ptr<store::Database>> database = store::open_database(*parsed);
  if (!database) return database.error();
  Result<store::MigrationReport> migrated = store::migrate(**database, store::cairn_migrations());
  if (!migrated) return migrated.error();
  return std::move(*database);
}

}  // namespace cairn::cli
