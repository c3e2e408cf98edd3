// SqliteConnection: a Connection on one sqlite3 handle (the SQLite backend's half of
// connection.h; opened by open_sqlite, see sqlite_database.h).
//
// Opening sets, on this handle: busy_timeout, foreign_keys=ON, journal_mode=WAL,
// synchronous=NORMAL, defensive mode, and SQLite's own caps on SQL length and parameter count to
// match StatementLimits; with a checkpointer, its commits report there instead of checkpointing
// themselves (sqlite_checkpointer.h). Statements are kept prepared in a SqliteStatementCache.
//
// SQLITE_BUSY (a lock not granted within busy_timeout) becomes TransactionConflict; every other
// error a Failure with code "database error" and SQLite's message, which names tables, columns
// and constraints but never bound values.
//
// Thread-safety: as Connection, one thread at a time (the handle is opened without SQLite's own
// mutex, SQLITE_OPEN_NOMUTEX, since the pool never shares it).
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "store/connection.h"
#include "store/sqlite_checkpointer.h"
#include "store/sqlite_statement_cache.h"

struct sqlite3;
struct sqlite3_stmt;

namespace cairn::store {

struct SqliteConnectionSettings {
  StatementLimits limits;
  std::chrono::milliseconds busy_timeout{5'000};
  std::size_t statement_cache_size = 64;
  // Copies the log back on a thread of its own; without one, SQLite's automatic checkpoints run
  // in the commits that fill the log.
  std::shared_ptr<SqliteCheckpointer> checkpointer;
};

class SqliteConnection final : public Connection {
 public:
  // Returns the open, configured connection to the database file at `path` (which must exist);
  // throws Failure ("database error") when SQLite cannot open it or refuses a setting, WAL mode
  // above all (a file system without shared memory, such as some network mounts).
  static std::unique_ptr<SqliteConnection> open(const std::string& path,
                                                const SqliteConnectionSettings& settings);

 protected:
  std::int64_t run_execute(std::string_view sql, Params params) override;
  std::vector<Row> run_query(std::string_view sql, Params params, std::size_t max_rows) override;
  void run_script(std::string_view sql) override;
  void begin(TransactionMode mode) override;
  void commit() override;
  bool rollback() noexcept override;

 private:
  struct CloseHandle {
    void operator()(sqlite3* handle) const;
  };

  SqliteConnection(sqlite3* handle, const SqliteConnectionSettings& settings);

  class BoundStatement;

  // Returns the prepared statement for `sql` from the cache, preparing it on a miss; throws
  // when SQLite refuses it or it breaks the one-statement / `?`-only contract.
  sqlite3_stmt* prepare(std::string_view sql);
  void check_writable(sqlite3_stmt* statement, std::string_view sql) const;
  [[noreturn]] void fail(int result_code, std::string_view sql) const;

  // Outlives the handle, whose commits report to it.
  std::shared_ptr<SqliteCheckpointer> checkpointer_;
  // Declared before the cache, so destroyed after it: the statements are finalized first.
  std::unique_ptr<sqlite3, CloseHandle> handle_;
  SqliteStatementCache statements_;
};

}  // namespace cairn::store
