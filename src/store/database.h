// Database: a handle on one database, whatever the engine behind it, with a pool of connections
// and transactions run as functions.
//
//   Result<std::int64_t> id = db.write([&](Connection& connection) {
//     connection.execute("INSERT INTO organisations (name) VALUES (?)", {name});
//     return connection.query_one("SELECT id FROM organisations WHERE name = ?", {name})
//         ->get<std::int64_t>("id");
//   });
//
// write(fn) and read(fn) run fn(Connection&) in one transaction on a pooled connection:
// - fn returns normally (a value, nothing, or a Result that is ok): the transaction commits and
//   write/read return the value (std::monostate for a void fn);
// - fn returns a Result holding an Error, or throws cairn::Failure: the transaction rolls back
//   and write/read return that Error;
// - fn throws anything else: the transaction rolls back and the exception propagates;
// - the engine reports a conflict (TransactionConflict: SQLite busy past its busy timeout,
//   PostgreSQL serialization failure or deadlock), whether in BEGIN, in fn or in COMMIT: the
//   transaction rolls back and the whole of fn runs again, up to DatabaseOptions::max_attempts
//   times with a growing pause; then the Error says the database stayed busy.
// So fn may run more than once: it must not have effects outside the database (send mail, append
// to a file) before it returns; do those after write() returns, or through an outbox table.
// Write transactions are serializable: SQLite takes the write lock at their start (`BEGIN
// IMMEDIATE`), so two writers never deadlock upgrading a read lock; PostgreSQL runs them
// SERIALIZABLE and reports the losers of a race as conflicts, which are retried. A read
// transaction sees one snapshot and refuses statements that write. Do not start a transaction
// from inside fn.
//
// Errors are Errors with code "database error" whose message names the statement by its first
// words and never carries parameter values.
//
// Thread-safety: write, read and backend may be called from many threads at once; each call runs
// on its own connection.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <type_traits>
#include <variant>

#include "common/result.h"
#include "store/connection.h"
#include "store/connection_pool.h"
#include "store/database_options.h"

namespace cairn::store {

namespace detail {
// What write/read return for a function returning R.
template <class R>
struct TransactionValue {
  using type = R;
};
template <>
struct TransactionValue<void> {
  using type = std::monostate;
};
template <class U>
struct TransactionValue<Result<U>> {
  using type = U;
};
}  // namespace detail

template <class Fn>
using TransactionResult =
    Result<typename detail::TransactionValue<std::invoke_result_t<Fn&, Connection&>>::type>;

class Database {
 public:
  virtual ~Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // "sqlite" or "postgresql".
  virtual std::string_view backend() const = 0;

  template <class Fn>
  TransactionResult<Fn> write(Fn&& fn) {
    return transact(TransactionMode::kWrite, fn);
  }

  template <class Fn>
  TransactionResult<Fn> read(Fn&& fn) {
    return transact(TransactionMode::kRead, fn);
  }

  // As read, for a function that runs one SELECT and nothing else: it runs without BEGIN and
  // COMMIT, which on PostgreSQL saves two round trips (a single statement sees one snapshot on
  // every engine). Any other statement, or a second one, is a Failure ("database error").
  template <class Fn>
  TransactionResult<Fn> read_single(Fn&& fn) {
    return transact(TransactionMode::kSingleRead, fn);
  }

  // As write, and also holding, to its end, the database's schema lock, so that schema changes
  // from every process run one at a time, each seeing what the previous one committed. For
  // migrate (migrations.h); other transactions use write. SQLite needs nothing more than its
  // write lock; PostgreSQL takes an advisory lock (postgres_connection.h).
  template <class Fn>
  TransactionResult<Fn> schema_write(Fn&& fn) {
    return transact(TransactionMode::kSchemaWrite, fn);
  }

  const DatabaseOptions& options() const { return options_; }

 protected:
  Database(DatabaseOptions options, ConnectionPool::Opener opener);

  ConnectionPool& pool() { return pool_; }

 private:
  // Runs the body once per attempt; it returns an Error to roll back, nullopt to commit.
  using TransactionBody = std::function<std::optional<Error>(Connection&)>;
  std::optional<Error> run_transaction(TransactionMode mode, const TransactionBody& body);
  std::optional<Error> run_attempt(TransactionMode mode, const TransactionBody& body);

  template <class Fn>
  TransactionResult<Fn> transact(TransactionMode mode, Fn& fn) {
    using R = std::invoke_result_t<Fn&, Connection&>;
    using T = typename detail::TransactionValue<R>::type;
    std::optional<T> value;
    std::optional<Error> error = run_transaction(mode, [&](Connection& connection) {
      value.reset();
      if constexpr (std::is_void_v<R>) {
        fn(connection);
        value.emplace();
      } else if constexpr (std::is_same_v<R, Result<T>>) {
        R result = fn(connection);
        if (!result.ok()) return std::optional<Error>(result.error());
        value.emplace(std::move(result).value());
      } else {
        value.emplace(fn(connection));
      }
      return std::optional<Error>();
    });
    if (error) return *std::move(error);
    return *std::move(value);
  }

  const DatabaseOptions options_;
  ConnectionPool pool_;
};

}  // namespace cairn::store
