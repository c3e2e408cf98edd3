// The error codes cairn_store returns, and the exception its connections throw.
//
// Every failure of a SQL statement, a connection or a transaction has the code "database error";
// its message names the statement by its first words ("INSERT INTO users ...") and never carries
// the bound parameters, which may be secrets (password hashes, tokens, e-mail addresses).
//
// Thread-safety: constants and a plain exception type.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::store {

inline constexpr std::string_view kDatabaseError = "database error";
inline constexpr std::string_view kUnsupportedDatabase = "unsupported database";
inline constexpr std::string_view kInvalidDatabaseUrl = "invalid database URL";
inline constexpr std::string_view kMigrationRefused = "migration refused";

// Thrown by a Connection when the engine could not take a lock in time (SQLite SQLITE_BUSY) or
// gave up a transaction to keep it serializable (PostgreSQL 40001 / 40P01). The transaction that
// met it may succeed when run again, so Database::write and Database::read catch it and retry the
// whole function; a function run in a transaction must let it propagate.
class TransactionConflict : public Failure {
 public:
  explicit TransactionConflict(const std::string& message)
      : Failure(std::string(kDatabaseError), message) {}
};

// Returns "INSERT INTO users ...": the statement's first words, whitespace folded, at most a few
// dozen characters, for error messages. Parameters are bound separately, so the words are the
// program's own SQL text, never user data.
std::string summarize_statement(std::string_view sql);

// Throws a Failure with code "database error" and message "<summary>: <detail>".
[[noreturn]] void throw_statement_error(std::string_view sql, std::string_view detail);

}  // namespace cairn::store
