// open_sqlite: a Database on an SQLite file (the embedded default backend).
//
// The file and its parent directories are created when missing: directories with mode 0700, the
// file with mode 0600, since the database holds password hashes and sealed keys. An existing
// file keeps its mode. Connections are opened on demand up to DatabaseOptions::max_connections;
// each runs in WAL mode (readers never wait for the writer), synchronous=NORMAL,
// foreign_keys=ON, and waits up to busy_timeout for a lock before reporting a conflict (see
// sqlite_connection.h).
//
// In-memory databases are refused: each pooled connection would see its own empty database.
// Tests use a file in a temporary directory.
//
// Thread-safety: open_sqlite may be called from any thread; the Database is as database.h says.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "common/result.h"
#include "store/database.h"
#include "store/database_options.h"

namespace cairn::store {

struct SqliteOptions {
  DatabaseOptions database;
  // How long a statement waits for a lock another connection holds (SQLite's busy handler)
  // before the transaction counts as conflicting and is retried.
  std::chrono::milliseconds busy_timeout{5'000};
  // Prepared statements kept per connection.
  std::size_t statement_cache_size = 64;
};

// Returns the Database, with one connection already open (so that a bad path, a file that is
// not a database, or a file system without WAL support is reported now); or an Error with code
// "database error" saying what failed, naming the path.
Result<std::unique_ptr<Database>> open_sqlite(const std::string& path,
                                              const SqliteOptions& options = {});

}  // namespace cairn::store
