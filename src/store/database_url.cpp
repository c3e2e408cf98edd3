#include "store/database_url.h"

#include "store/postgres_database.h"
#include "store/sqlite_database.h"
#include "store/store_errors.h"

namespace cairn::store {

namespace {

constexpr std::size_t kMaxUrlBytes = 4096;
constexpr std::string_view kSqlitePrefix = "sqlite:";
constexpr std::string_view kAcceptedForms =
    "expected sqlite:PATH (e.g. sqlite:./cairn-data/cairn.db) or postgresql://USER@HOST/DATABASE";

Error invalid(std::string problem) {
  return Error{std::string(kInvalidDatabaseUrl),
               std::move(problem) + "; " + std::string(kAcceptedForms)};
}

}  // namespace

Result<DatabaseUrl> parse_database_url(std::string_view text) {
  if (text.size() > kMaxUrlBytes) {
    return invalid("the database URL is longer than " + std::to_string(kMaxUrlBytes) + " bytes");
  }
  if (text.find('\0') != std::string_view::npos)
    return invalid("the database URL holds a NUL byte");
  if (text.starts_with("postgresql://") || text.starts_with("postgres://")) {
    return DatabaseUrl{DatabaseUrl::Backend::kPostgresql, std::string(text)};
  }
  if (text.starts_with(kSqlitePrefix)) {
    const std::string_view path = text.substr(kSqlitePrefix.size());
    if (path.empty()) return invalid("sqlite: has no file path");
    if (path.starts_with("//")) {
      return invalid("sqlite: takes a path, not //HOST (write sqlite:/absolute/path)");
    }
    return DatabaseUrl{DatabaseUrl::Backend::kSqlite, std::string(path)};
  }
  // Only the scheme is quoted: the rest may be a password.
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 16)
    return invalid("the database URL has no known scheme");
  return invalid("unknown database scheme \"" + std::string(text.substr(0, colon)) + ":\"");
}

Result<std::unique_ptr<Database>> open_database(const DatabaseUrl& url,
                                                const DatabaseOptions& options) {
  switch (url.backend) {
    case DatabaseUrl::Backend::kSqlite: {
      SqliteOptions sqlite_options;
      sqlite_options.database = options;
      return open_sqlite(url.location, sqlite_options);
    }
    case DatabaseUrl::Backend::kPostgresql: {
      PostgresOptions postgres_options;
      postgres_options.database = options;
      return open_postgresql(url.location, postgres_options);
    }
  }
  return Error{std::string(kUnsupportedDatabase), "unknown database backend"};
}

}  // namespace cairn::store
