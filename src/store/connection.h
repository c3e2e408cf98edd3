// Connection: one session with the database engine, lent to a function by Database::write or
// Database::read for the length of one transaction.
//
// The SQL contract, the same for every backend so that repositories are written once:
// - Placeholders are `?` only, bound in order to `params`; the PostgreSQL backend rewrites them
//   to $1, $2, ... Named or numbered placeholders (`:name`, `?1`, `$1`) are refused.
// - One statement per execute/query call; execute_script runs several, without parameters.
// - No BEGIN/COMMIT/ROLLBACK in the SQL: Database::write/read own the transaction.
// - Values go in as parameters, never spliced into the SQL text: error messages quote the
//   statement's first words and never the parameters.
//
// Every member function throws cairn::Failure with code "database error" when the statement
// breaks a limit (StatementLimits) or the contract above, or the engine reports an error; and
// TransactionConflict (a Failure) when the engine reports a conflict the whole transaction may
// succeed on retry. Database::write/read catch both, roll back, and retry on the conflict.
//
// Thread-safety: one thread at a time, the one running the transaction function. Do not keep a
// reference after that function returns, and do not start another transaction from inside it
// (it would wait for the lock this one holds).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "store/database_options.h"
#include "store/value.h"

namespace cairn::store {

enum class TransactionMode {
  kRead,         // sees one snapshot; statements that write are refused
  kWrite,        // serializable with every other write (SQLite: BEGIN IMMEDIATE)
  kSchemaWrite,  // a write that also holds the schema lock (Database::schema_write)
  kSingleRead,   // one SELECT and nothing else, outside any transaction block
                 // (Database::read_single): a single statement sees one snapshot on every engine
};

class Connection {
 public:
  virtual ~Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one statement and returns the number of rows it inserted, updated or deleted (0 for
  // other statements). Rows it returns, if any, are discarded.
  std::int64_t execute(std::string_view sql, Params params);
  std::int64_t execute(std::string_view sql, std::initializer_list<Value> params = {}) {
    return execute(sql, Params(params.begin(), params.size()));
  }

  // Runs one statement and returns its rows; a Failure when it returns more than
  // limits().max_rows (or `max_rows` when given and lower).
  std::vector<Row> query(std::string_view sql, Params params);
  std::vector<Row> query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return query(sql, Params(params.begin(), params.size()));
  }
  std::vector<Row> query(std::string_view sql, Params params, std::size_t max_rows);

  // Runs one statement and returns its row, or nullopt when it returns none; a Failure when it
  // returns more than one.
  std::optional<Row> query_one(std::string_view sql, Params params);
  std::optional<Row> query_one(std::string_view sql, std::initializer_list<Value> params = {}) {
    return query_one(sql, Params(params.begin(), params.size()));
  }

  // Runs several statements separated by `;`, without parameters (migration steps); rows they
  // return are discarded.
  void execute_script(std::string_view sql);

  const StatementLimits& limits() const { return limits_; }

  // The mode of the transaction in progress.
  TransactionMode mode() const { return mode_; }

 protected:
  explicit Connection(StatementLimits limits) : limits_(limits) {}

  // The backend's side. Arguments are within the limits when these are called. run_query stops
  // reading after max_rows + 1 rows, so that the caller can tell the limit was passed.
  virtual std::int64_t run_execute(std::string_view sql, Params params) = 0;
  virtual std::vector<Row> run_query(std::string_view sql, Params params, std::size_t max_rows) = 0;
  virtual void run_script(std::string_view sql) = 0;

  // Transaction control, called by Database only. begin and commit throw as statements do;
  // rollback returns false when the connection is no longer usable and must be closed.
  virtual void begin(TransactionMode mode) = 0;
  virtual void commit() = 0;
  virtual bool rollback() noexcept = 0;

 private:
  friend class Database;

  void check_limits(std::string_view sql, std::size_t parameter_count) const;
  // In a kSingleRead transaction: refuses anything but a first statement that is a query and
  // starts with SELECT (so that, outside a transaction block, it cannot write).
  void check_single_read(std::string_view sql, bool is_query);

  StatementLimits limits_;
  TransactionMode mode_ = TransactionMode::kRead;
  std::size_t statements_ = 0;  // run in the current transaction
};

}  // namespace cairn::store
