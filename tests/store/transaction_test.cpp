// Database::write and Database::read on every backend: commit, rollback on every kind of failure,
// retry of the whole function on a conflict, read-only snapshots, and the connection pool under
// many threads. SQLite's write lock and busy timeout are tested at the end; PostgreSQL's real
// serialization failures and deadlocks in postgres_database_test.cpp.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <latch>
#include <thread>

#include "store/database.h"
#include "store/sqlite_database.h"
#include "store/store_errors.h"
#include "temp_directory.h"
#include "test_database.h"

namespace cairn::store {
namespace {

using namespace std::chrono_literals;
using testing::BackendTest;
using testing::TempDirectory;

void create_tables(Database& database) {
  ASSERT_TRUE(database.write([](Connection& connection) {
    connection.execute("CREATE TABLE items (name TEXT NOT NULL)");
    connection.execute("CREATE TABLE counter (value BIGINT NOT NULL)");
    connection.execute("INSERT INTO counter (value) VALUES (0)");
  }));
}

std::int64_t item_count(Database& database) {
  auto count = database.read([](Connection& connection) {
    return connection.query_one("SELECT count(*) FROM items")->get<std::int64_t>(0);
  });
  EXPECT_TRUE(count.ok()) << count.error().to_string();
  return count.ok() ? *count : -1;
}

// Holds a write transaction that has inserted an item open on a pooled connection from another
// thread for `hold`, and returns once that thread is inside it.
std::jthread hold_write_transaction(Database& database, std::chrono::milliseconds hold) {
  auto started = std::make_shared<std::latch>(1);
  std::jthread holder([&database, hold, started] {
    auto held = database.write([&](Connection& connection) {
      connection.execute("INSERT INTO items (name) VALUES ('held')");
      started->count_down();
      std::this_thread::sleep_for(hold);
    });
    EXPECT_TRUE(held.ok()) << held.error().to_string();
  });
  started->wait();
  return holder;
}

class TransactionTest : public BackendTest {
 protected:
  void open(const DatabaseOptions& options = {}) {
    database_ = test_database().open(options);
    ASSERT_NE(database_, nullptr);
    create_tables(*database_);
  }

  std::int64_t item_count() { return store::item_count(*database_); }

  std::unique_ptr<Database> database_;
};

TEST_P(TransactionTest, CommitsWhenTheFunctionReturns) {
  open();
  auto inserted = database_->write([](Connection& connection) {
    return connection.execute("INSERT INTO items (name) VALUES (?), (?)", {"a", "b"});
  });
  ASSERT_TRUE(inserted.ok()) << inserted.error().to_string();
  EXPECT_EQ(*inserted, 2);
  EXPECT_EQ(item_count(), 2);
}

TEST_P(TransactionTest, RollsBackOnAnyException) {
  open();
  EXPECT_THROW(database_->write([](Connection& connection) {
    connection.execute("INSERT INTO items (name) VALUES ('lost')");
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  EXPECT_EQ(item_count(), 0);
}

TEST_P(TransactionTest, RollsBackOnFailureAndReturnsItsError) {
  open();
  auto result = database_->write([](Connection& connection) {
    connection.execute("INSERT INTO items (name) VALUES ('lost')");
    throw Failure("not allowed", "the organisation is suspended");
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "not allowed");
  EXPECT_EQ(item_count(), 0);
}

TEST_P(TransactionTest, RollsBackOnAReturnedError) {
  open();
  Result<int> result = database_->write([](Connection& connection) -> Result<int> {
    connection.execute("INSERT INTO items (name) VALUES ('lost')");
    return Error{"conflict", "name taken"};
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "name taken");
  EXPECT_EQ(item_count(), 0);
}

TEST_P(TransactionTest, RollsBackOnAFailedStatementAfterEarlierOnesSucceeded) {
  open();
  auto result = database_->write([](Connection& connection) {
    connection.execute("INSERT INTO items (name) VALUES ('lost')");
    connection.execute("INSERT INTO items (name) VALUES (NULL)");  // NOT NULL
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "database error");
  EXPECT_EQ(item_count(), 0);
}

TEST_P(TransactionTest, ConflictRerunsTheWholeFunctionFromTheStart) {
  open();
  int runs = 0;
  auto result = database_->write([&](Connection& connection) {
    ++runs;
    connection.execute("INSERT INTO items (name) VALUES (?)", {"run " + std::to_string(runs)});
    if (runs < 3) throw TransactionConflict("simulated serialization failure");
    return runs;
  });
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ(runs, 3);
  auto names = database_->read(
      [](Connection& connection) { return connection.query("SELECT name FROM items"); });
  ASSERT_TRUE(names.ok());
  ASSERT_EQ(names->size(), 1u);  // the first two runs were rolled back
  EXPECT_EQ((*names)[0].get<std::string>("name"), "run 3");
}

TEST_P(TransactionTest, ConflictsBeyondTheAttemptLimitGiveAnError) {
  DatabaseOptions options;
  options.max_attempts = 3;
  open(options);
  int runs = 0;
  auto result = database_->write([&](Connection&) {
    ++runs;
    throw TransactionConflict("simulated");
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(runs, 3);
  EXPECT_EQ(result.error().code, "database error");
  EXPECT_NE(result.error().message.find("stayed busy through 3 attempts"), std::string::npos)
      << result.error().message;
}

TEST_P(TransactionTest, ReadersDoNotWaitForTheWriter) {
  open();
  std::jthread holder = hold_write_transaction(*database_, 500ms);
  // The reader sees the last committed state at once, without the held row.
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(item_count(), 0);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 400ms);
}

TEST_P(TransactionTest, ReadTransactionSeesOneSnapshot) {
  open();
  auto counts = database_->read([&](Connection& connection) {
    const std::int64_t before =
        connection.query_one("SELECT count(*) FROM items")->get<std::int64_t>(0);
    std::jthread([&] {
      EXPECT_TRUE(database_->write([](Connection& writer) {
        writer.execute("INSERT INTO items (name) VALUES ('committed meanwhile')");
      }));
    }).join();
    return std::pair(before,
                     connection.query_one("SELECT count(*) FROM items")->get<std::int64_t>(0));
  });
  ASSERT_TRUE(counts.ok()) << counts.error().to_string();
  EXPECT_EQ(counts->first, 0);
  EXPECT_EQ(counts->second, 0);  // the insert committed after the snapshot was taken
  EXPECT_EQ(item_count(), 1);
}

TEST_P(TransactionTest, ReadTransactionsRefuseWrites) {
  open();
  auto result = database_->read([](Connection& connection) {
    connection.execute("INSERT INTO items (name) VALUES ('sneaky')");
  });
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("read transaction"), std::string::npos)
      << result.error().message;
  EXPECT_EQ(item_count(), 0);
}

TEST_P(TransactionTest, SingleReadRunsOneSelectAndLeavesNoTransactionOpen) {
  DatabaseOptions options;
  options.max_connections = 1;  // every call below runs on the same connection
  open(options);
  ASSERT_TRUE(database_->write([](Connection& connection) {
    connection.execute("INSERT INTO items (name) VALUES ('first')");
  }));
  auto count = database_->read_single([](Connection& connection) {
    return connection.query_one("  SELECT count(*) FROM items")->get<std::int64_t>(0);
  });
  ASSERT_TRUE(count.ok()) << count.error().to_string();
  EXPECT_EQ(*count, 1);
  // Had the single read left a transaction (or a snapshot) open, this write would fail or the
  // next read would not see it.
  ASSERT_TRUE(database_->write([](Connection& connection) {
    connection.execute("INSERT INTO items (name) VALUES ('second')");
  }));
  auto names = database_->read_single([](Connection& connection) {
    return connection.query("SELECT name FROM items ORDER BY name").size();
  });
  ASSERT_TRUE(names.ok()) << names.error().to_string();
  EXPECT_EQ(*names, 2u);
}

TEST_P(TransactionTest, SingleReadRefusesASecondStatement) {
  open();
  auto result = database_->read_single([](Connection& connection) {
    connection.query_one("SELECT count(*) FROM items");
    return connection.query_one("SELECT count(*) FROM counter")->get<std::int64_t>(0);
  });
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("second statement"), std::string::npos)
      << result.error().message;
}

TEST_P(TransactionTest, SingleReadRefusesEveryStatementThatIsNotASelect) {
  open();
  const auto refused = [&](const std::function<void(Connection&)>& run) {
    auto result = database_->read_single(run);
    EXPECT_FALSE(result.ok());
    if (!result.ok()) {
      EXPECT_NE(result.error().message.find("not a SELECT"), std::string::npos)
          << result.error().message;
    }
  };
  refused([](Connection& c) { c.execute("INSERT INTO items (name) VALUES ('sneaky')"); });
  refused([](Connection& c) { c.execute("SELECT count(*) FROM items"); });  // not a query call
  refused([](Connection& c) {
    c.query(
        "WITH added AS (INSERT INTO items (name) VALUES ('cte') RETURNING name) "
        "SELECT name FROM added");
  });
  refused([](Connection& c) { c.query("SELECTED"); });
  refused([](Connection& c) { c.execute_script("DELETE FROM counter"); });
  EXPECT_EQ(item_count(), 0);
  auto counter = database_->read(
      [](Connection& connection) { return connection.query("SELECT value FROM counter").size(); });
  ASSERT_TRUE(counter.ok());
  EXPECT_EQ(*counter, 1u);
}

TEST_P(TransactionTest, ConcurrentReadModifyWriteLosesNoUpdate) {
  DatabaseOptions options;
  options.max_connections = 3;
  // PostgreSQL reports most of these races as serialization failures (SQLite makes writers
  // wait); enough attempts that every increment gets through.
  options.max_attempts = 100;
  open(options);
  constexpr int kThreads = 4;
  constexpr int kIncrements = 25;
  std::atomic<int> failures = 0;
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < kIncrements; ++i) {
          auto result = database_->write([](Connection& connection) {
            const std::int64_t value =
                connection.query_one("SELECT value FROM counter")->get<std::int64_t>(0);
            connection.execute("UPDATE counter SET value = ?", {value + 1});
          });
          if (!result.ok()) ++failures;
        }
      });
    }
  }
  EXPECT_EQ(failures, 0);
  auto value = database_->read([](Connection& connection) {
    return connection.query_one("SELECT value FROM counter")->get<std::int64_t>(0);
  });
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(*value, kThreads * kIncrements);
}

TEST_P(TransactionTest, WaitingForAFreeConnectionIsBounded) {
  DatabaseOptions options;
  options.max_connections = 1;
  options.acquire_timeout = 50ms;
  open(options);
  std::jthread holder = hold_write_transaction(*database_, 400ms);
  auto result = database_->read([](Connection&) { return 1; });
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("no free database connection"), std::string::npos)
      << result.error().message;
}

TEST_P(TransactionTest, AConnectionIsReusedAfterAFailedTransaction) {
  DatabaseOptions options;
  options.max_connections = 1;
  open(options);
  auto failed = database_->write([](Connection& connection) {
    connection.execute("INSERT INTO items (name) VALUES ('lost')");
    connection.execute("INSERT INTO no_such_table (x) VALUES (1)");
  });
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.error().message.find("no_such_table"), std::string::npos);
  auto next = database_->write([](Connection& connection) {
    return connection.execute("INSERT INTO items (name) VALUES ('kept')");
  });
  ASSERT_TRUE(next.ok()) << next.error().to_string();
  EXPECT_EQ(item_count(), 1);
}

INSTANTIATE_BACKEND_TESTS(TransactionTest);

// SQLite: one writer at a time, waiting up to busy_timeout for the write lock.
class SqliteWriteLockTest : public ::testing::Test {
 protected:
  void open(const SqliteOptions& options) {
    Result<std::unique_ptr<Database>> opened = open_sqlite(directory_.file("t.db"), options);
    ASSERT_TRUE(opened.ok()) << opened.error().to_string();
    database_ = std::move(opened).value();
    create_tables(*database_);
  }

  std::int64_t item_count() { return store::item_count(*database_); }
  std::jthread hold_write_lock(std::chrono::milliseconds hold) {
    return hold_write_transaction(*database_, hold);
  }

  TempDirectory directory_;
  std::unique_ptr<Database> database_;
};

TEST_F(SqliteWriteLockTest, WriterRetriesWhileAnotherConnectionHoldsTheWriteLock) {
  SqliteOptions options;
  options.busy_timeout = 20ms;  // far shorter than the lock is held: only retrying gets through
  options.database.max_attempts = 50;
  open(options);
  std::jthread holder = hold_write_lock(300ms);
  const auto start = std::chrono::steady_clock::now();
  auto result = database_->write([](Connection& connection) {
    return connection.execute("INSERT INTO items (name) VALUES ('after')");
  });
  const auto waited = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_GE(waited, 150ms);
  holder.join();
  EXPECT_EQ(item_count(), 2);
}

TEST_F(SqliteWriteLockTest, WriterGivesUpWithAClearErrorWhenTheLockStaysHeld) {
  SqliteOptions options;
  options.busy_timeout = 20ms;
  options.database.max_attempts = 2;
  open(options);
  std::jthread holder = hold_write_lock(500ms);
  auto result = database_->write([](Connection& connection) {
    return connection.execute("INSERT INTO items (name) VALUES ('never')");
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "database error");
  EXPECT_NE(result.error().message.find("BEGIN IMMEDIATE"), std::string::npos)
      << result.error().message;
  EXPECT_NE(result.error().message.find("locked"), std::string::npos) << result.error().message;
  holder.join();
  EXPECT_EQ(item_count(), 1);
}

TEST_F(SqliteWriteLockTest, WriteTransactionTakesTheWriteLockAtItsStart) {
  SqliteOptions options;
  options.busy_timeout = 20ms;
  options.database.max_attempts = 1;
  open(options);
  std::latch started(1);
  std::jthread holder([&] {
    // No statement at all: only BEGIN IMMEDIATE can be holding the lock.
    auto held = database_->write([&](Connection&) {
      started.count_down();
      std::this_thread::sleep_for(300ms);
    });
    EXPECT_TRUE(held.ok()) << held.error().to_string();
  });
  started.wait();
  auto result = database_->write([](Connection& connection) {
    return connection.execute("INSERT INTO items (name) VALUES ('second writer')");
  });
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("locked"), std::string::npos) << result.error().message;
}

}  // namespace
}  // namespace cairn::store
