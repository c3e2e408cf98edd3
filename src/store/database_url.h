// DatabaseUrl: the `--db` option's value, parsed; open_database: the Database it names.
//
// Accepted forms:
//   sqlite:PATH               an SQLite file; PATH may be relative (to the working directory)
//   postgresql://...          a PostgreSQL connection URI (libpq's form), kept as given
//   postgres://...            the same
// The default is kDefaultDatabaseUrl.
//
// Messages never quote a PostgreSQL URI, which may carry a password.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/result.h"
#include "store/database.h"
#include "store/database_options.h"

namespace cairn::store {

inline constexpr std::string_view kDefaultDatabaseUrl = "sqlite:./cairn-data/cairn.db";

struct DatabaseUrl {
  enum class Backend { kSqlite, kPostgresql };
  Backend backend;
  // The SQLite file path, or the whole PostgreSQL URI.
  std::string location;
};

// Returns the parsed URL, or an Error with code "invalid database URL" naming the accepted forms.
Result<DatabaseUrl> parse_database_url(std::string_view text);

// Returns the open Database (SQLite: as open_sqlite, with default busy timeout and cache size;
// PostgreSQL: as open_postgresql, with default connect and statement timeouts), or the backend's
// Error.
Result<std::unique_ptr<Database>> open_database(const DatabaseUrl& url,
                                                const DatabaseOptions& options = {});

}  // namespace cairn::store
