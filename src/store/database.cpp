#include "store/database.h"

#include <algorithm>
#include <random>
#include <string>
#include <thread>

#include "store/store_errors.h"

namespace cairn::store {

namespace {

// The pause before attempt number `attempt` (2, 3, ...): backoff doubled per earlier retry,
// plus up to as much again at random.
std::chrono::microseconds retry_pause(std::chrono::milliseconds backoff, int attempt) {
  thread_local std::minstd_rand random{std::random_device{}()};
  const auto base = std::chrono::microseconds(backoff) * (1LL << std::min(attempt - 2, 10));
  std::uniform_int_distribution<std::int64_t> jitter(0, base.count());
  return base + std::chrono::microseconds(jitter(random));
}

}  // namespace

Database::Database(DatabaseOptions options, ConnectionPool::Opener opener)
    : options_(options),
      pool_(std::move(opener), options.max_connections, options.acquire_timeout) {}

std::optional<Error> Database::run_transaction(TransactionMode mode, const TransactionBody& body) {
  const int max_attempts = std::max(options_.max_attempts, 1);
  std::string last_conflict;
  for (int attempt = 1; attempt <= max_attempts; ++attempt) {
    if (attempt > 1) std::this_thread::sleep_for(retry_pause(options_.retry_backoff, attempt));
    try {
      return run_attempt(mode, body);
    } catch (const TransactionConflict& conflict) {
      last_conflict = conflict.error().message;
    } catch (const Failure& failure) {
      return failure.error();
    }
  }
  return Error{std::string(kDatabaseError), "the database stayed busy through " +
                                                std::to_string(max_attempts) +
                                                " attempts; last: " + last_conflict};
}

// Throws TransactionConflict for the caller to retry, and Failure for a failure to acquire a
// connection; every other outcome is returned (or, for foreign exceptions, rethrown) after the
// transaction has rolled back.
std::optional<Error> Database::run_attempt(TransactionMode mode, const TransactionBody& body) {
  ConnectionPool::Lease connection = pool_.acquire();
  connection->mode_ = mode;
  connection->statements_ = 0;
  try {
    connection->begin(mode);
  } catch (...) {
    // BEGIN failing leaves no transaction open, but the engine may have started one partway.
    if (!connection->rollback()) connection.discard();
    throw;
  }
  try {
    std::optional<Error> error = body(*connection);
    if (error) {
      if (!connection->rollback()) connection.discard();
      return error;
    }
    connection->commit();
    return std::nullopt;
  } catch (...) {
    if (!connection->rollback()) connection.discard();
    throw;
  }
}

}  // namespace cairn::store
