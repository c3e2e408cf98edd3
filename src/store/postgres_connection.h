// PostgresConnection: a Connection on one libpq connection (the PostgreSQL backend's half of
// connection.h; opened by open_postgresql, see postgres_database.h).
//
// Statements: `?` placeholders become $1..$n (postgres_sql_scanner.h) and run with
// PQsendQueryParams in single-row mode, so a query past its row limit never holds more than the
// limit in memory. Parameters are typed: integer as bigint, real as double precision and Blob as
// bytea (binary), text as text, NULL untyped (the server infers its type). Text holding a NUL
// byte is refused before it is sent: PostgreSQL text cannot store one (use a Blob for bytes).
// Result columns come back as: smallint, integer, bigint, oid -> integer; real, double
// precision -> real; numeric (what sum() and avg() return) -> integer when it is integral and
// fits in 64 bits, real otherwise; boolean -> integer 0/1 (as SQLite stores booleans);
// bytea -> Blob; every other type -> its text form.
//
// Transactions (Database::write / read / schema_write):
// - write: BEGIN ISOLATION LEVEL SERIALIZABLE. The SQLite backend runs one writer at a time, so
//   every write transaction there is serializable; the repositories are written once against
//   that contract, and SQLite has no SELECT ... FOR UPDATE. Under READ COMMITTED, a
//   read-then-write that is correct on SQLite (check a quota, then insert; read the next
//   status-list index, then store it) would lose updates on PostgreSQL when several processes
//   run it at once, and no test on SQLite would show it. SERIALIZABLE turns each such race into
//   a serialization failure, which Database retries with the whole function. The cost is borne
//   by hot rows: two transactions bumping one counter (UPDATE ... RETURNING) do not queue, the
//   later one fails and reruns. Keep such transactions short, and take a range of indexes per
//   transaction for bulk awards, rather than one per row.
// - read: BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY: one snapshot for the whole function,
//   as on SQLite; it never waits and never fails to serialize. A statement that writes fails
//   ("runs in a read transaction").
// Prepared statements: the statements of execute and query are prepared (named, per connection)
// the first time they run with a given set of parameter types, so PostgreSQL parses and plans
// them once; this needs a direct connection or a pooler in session mode, not one in transaction
// mode. Statements binding more than kMaxPreparedParameters are planned at each run instead:
// they are the multi-row ones (store/repositories/many_rows.h), whose text varies with the
// number of rows and whose best plan depends on the values and on the tables' size then (a
// generic plan made while a table was small filters every row of it once it is large).
//
// - single read (Database::read_single): no BEGIN and no COMMIT; the one SELECT runs on its own,
//   in one snapshot, and saves two round trips.
// - schema_write: BEGIN ISOLATION LEVEL READ COMMITTED, then pg_advisory_xact_lock on a fixed
//   key (kSchemaLockKey), held until the transaction ends: migrators in every process queue on it.
//   READ COMMITTED because a serializable snapshot would be taken by the lock statement itself,
//   before the wait, and the migrator would not see the steps its predecessor committed.
// A COMMIT that PostgreSQL turns into a rollback (a statement had failed and fn went on) is a
// Failure, never a silent loss.
//
// Errors: SQLSTATE 40001 (serialization_failure) and 40P01 (deadlock_detected) become
// TransactionConflict; every other error a Failure with code "database error", the statement's
// first words and PostgreSQL's primary message with its SQLSTATE (never the DETAIL, which quotes
// key values; and for data exceptions, class 22, nothing after the first colon, where
// PostgreSQL quotes the offending input). Notices are not printed.
//
// Thread-safety: as Connection, one thread at a time.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/connection.h"

struct pg_conn;
struct pg_result;

namespace cairn::store {

// Statements a connection keeps prepared at most; later ones are planned each time they run
// (statements whose text varies, such as IN lists of varying length, would otherwise pile up).
inline constexpr std::size_t kMaxPreparedStatements = 500;
inline constexpr std::size_t kMaxPreparedParameters = 16;

// The key of the advisory lock schema_write transactions hold: "cairn_mg" in ASCII.
inline constexpr std::int64_t kSchemaLockKey = 0x636169726e5f6d67;

struct PostgresConnectionSettings {
  StatementLimits limits;
  // How long opening a connection may take (libpq connect_timeout, whole seconds, at least 2).
  std::chrono::seconds connect_timeout{10};
  // The longest one statement may run before the server cancels it (statement_timeout); 0 for
  // no limit.
  std::chrono::milliseconds statement_timeout{30'000};
};

class PostgresConnection final : public Connection {
 public:
  // Returns the open, configured connection to the server `uri` names (a postgresql:// or
  // postgres:// URI, or a libpq key=value string); throws Failure ("database error") when the
  // URI is malformed, the server cannot be reached in connect_timeout, or it refuses the login.
  // Messages never carry the URI's password.
  static std::unique_ptr<PostgresConnection> open(const std::string& uri,
                                                  const PostgresConnectionSettings& settings);

 protected:
  std::int64_t run_execute(std::string_view sql, Params params) override;
  std::vector<Row> run_query(std::string_view sql, Params params, std::size_t max_rows) override;
  void run_script(std::string_view sql) override;
  void begin(TransactionMode mode) override;
  void commit() override;
  bool rollback() noexcept override;

 private:
  struct Finish {
    void operator()(pg_conn* handle) const;
  };

  // What one statement reported when it completed.
  struct Completion {
    std::string command_status;  // "INSERT 0 2", "COMMIT", "SELECT 3", ...
    std::int64_t changed_rows;   // by INSERT, UPDATE, DELETE or MERGE; 0 for other statements
  };

  PostgresConnection(pg_conn* handle, const PostgresConnectionSettings& settings);

  // How a statement is planned: each time (transaction control, scripts), or once per connection
  // as a named prepared statement (the repositories' statements, run again and again).
  enum class Plan { kEachTime, kPrepared };

  // Runs one statement; appends up to max_rows + 1 of its rows to `rows` when given, reading
  // and dropping the rest.
  Completion run(std::string_view sql, Params params, std::vector<Row>* rows, std::size_t max_rows,
                 Plan plan = Plan::kEachTime);
  // The name of the statement prepared on this connection for `sql` with these parameter types
  // (libpq Oids), or nullptr.
  const std::string* find_prepared(std::string_view sql, std::span<const unsigned> types) const;
  // Prepares `text` (`sql` with its placeholders rewritten) for these parameter types and
  // returns its name; nullptr once kMaxPreparedStatements are.
  const std::string* prepare(std::string_view sql, const std::string& text,
                             std::span<const unsigned> types);
  [[noreturn]] void fail(const pg_result* result, std::string_view sql) const;

  std::unique_ptr<pg_conn, Finish> handle_;
  struct PreparedStatement {
    std::vector<unsigned> types;
    std::string name;
  };
  // Looked up by the statement as the repositories write it, without a copy.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  std::unordered_map<std::string, std::vector<PreparedStatement>, TextHash, std::equal_to<>>
      prepared_;
  std::size_t prepared_count_ = 0;
};

}  // namespace cairn::store
