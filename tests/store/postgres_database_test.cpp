// The PostgreSQL backend's own behaviour: NUL text refused, column types mapped to Value kinds,
// real serialization failures and deadlocks reported as conflicts and retried, a COMMIT that
// PostgreSQL turned into a rollback, the statement timeout, and the schema lock. What every
// backend does is in database_test.cpp, transaction_test.cpp and migrations_test.cpp.
#include "store/postgres_database.h"

#include <gtest/gtest.h>

#include <chrono>
#include <latch>
#include <thread>

#include "store/store_errors.h"
#include "test_database.h"

namespace cairn::store {
namespace {

using namespace std::chrono_literals;
using testing::Backend;
using testing::TestDatabase;

class PostgresDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test_database_.emplace(Backend::kPostgresql);
    if (!test_database_->available()) GTEST_SKIP() << testing::kNoPostgres;
    database_ = open();
    ASSERT_NE(database_, nullptr);
    ASSERT_TRUE(database_->write([](Connection& connection) {
      connection.execute("CREATE TABLE counter (id BIGINT PRIMARY KEY, value BIGINT NOT NULL)");
      connection.execute("INSERT INTO counter (id, value) VALUES (1, 0), (2, 0)");
    }));
  }

  std::unique_ptr<Database> open(const PostgresOptions& options = {}) {
    Result<std::unique_ptr<Database>> opened = open_postgresql(test_database_->url(), options);
    EXPECT_TRUE(opened.ok()) << opened.error().to_string();
    return opened ? std::move(opened).value() : nullptr;
  }

  std::int64_t counter(std::int64_t id) {
    auto value = database_->read([&](Connection& connection) {
      return connection.query_one("SELECT value FROM counter WHERE id = ?", {id})
          ->get<std::int64_t>(0);
    });
    EXPECT_TRUE(value.ok()) << value.error().to_string();
    return value.ok() ? *value : -1;
  }

  // Declared first: the schema is dropped after every Database on it is closed.
  std::optional<TestDatabase> test_database_;
  std::unique_ptr<Database> database_;
};

TEST_F(PostgresDatabaseTest, TextWithANulByteIsRefusedBeforeItIsSent) {
  auto result = database_->write([](Connection& connection) {
    connection.execute("UPDATE counter SET value = length(?)", {std::string("a\0b", 3)});
  });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "database error");
  EXPECT_NE(result.error().message.find("parameter 1 is text holding a NUL byte"),
            std::string::npos)
      << result.error().message;
  EXPECT_EQ(counter(1), 0);
}

TEST_F(PostgresDatabaseTest, ColumnTypesMapToValueKinds) {
  auto row = database_->read([](Connection& connection) {
    return connection.query_one(
        "SELECT CAST(7 AS SMALLINT) AS small, CAST(-8 AS INTEGER) AS regular, "
        "sum(value + 5) AS total, avg(value + 1) AS mean, value = 0 AS yes, value <> 0 AS no, "
        "CAST(1.5 AS REAL) AS single, CAST(12345678901234567890 AS NUMERIC) AS huge, "
        "CAST('2024-05-06' AS DATE) AS day, CAST('\\x00ff' AS BYTEA) AS bytes, "
        "CAST(NULL AS TEXT) AS nothing FROM counter WHERE id = 1 GROUP BY value");
  });
  ASSERT_TRUE(row.ok()) << row.error().to_string();
  ASSERT_TRUE(row->has_value());
  const Row& r = **row;
  EXPECT_EQ(r.get<std::int64_t>("small"), 7);
  EXPECT_EQ(r.get<std::int64_t>("regular"), -8);
  EXPECT_EQ(r.get<std::int64_t>("total"), 5);  // numeric, integral
  EXPECT_EQ(r.get<double>("mean"), 1.0);       // numeric with a fraction part
  EXPECT_EQ(r.get<std::int64_t>("yes"), 1);
  EXPECT_EQ(r.get<std::int64_t>("no"), 0);
  EXPECT_EQ(r.get<double>("single"), 1.5);
  EXPECT_EQ(r.get<double>("huge"), 12345678901234567890.0);  // past int64
  EXPECT_EQ(r.get<std::string>("day"), "2024-05-06");
  EXPECT_EQ(r.get<Blob>("bytes"), (Blob{{0x00, 0xff}}));
  EXPECT_TRUE(r.is_null("nothing"));
}

TEST_F(PostgresDatabaseTest, ACommitPostgresqlTurnsIntoARollbackIsAnError) {
  auto result = database_->write([](Connection& connection) {
    connection.execute("UPDATE counter SET value = 1 WHERE id = 1");
    try {
      connection.execute("INSERT INTO no_such_table (x) VALUES (1)");
    } catch (const Failure&) {
      // Swallowed against the contract: PostgreSQL has aborted the transaction anyway.
    }
  });
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("PostgreSQL rolled the transaction back"),
            std::string::npos)
      << result.error().message;
  EXPECT_EQ(counter(1), 0);
}

// Both transactions read the counter before either writes it: under SERIALIZABLE one of them
// must fail, and rerun on the committed value.
TEST_F(PostgresDatabaseTest, SerializationFailureIsAConflictAndTheRerunSucceeds) {
  for (const int attempts : {1, 5}) {
    PostgresOptions options;
    options.database.max_attempts = attempts;
    std::unique_ptr<Database> database = open(options);
    ASSERT_NE(database, nullptr);
    std::latch both_read(2);
    std::atomic<int> runs = 0;
    std::vector<Result<std::monostate>> results(2, Error{"not run", ""});
    {
      std::vector<std::jthread> threads;
      for (int t = 0; t < 2; ++t) {
        threads.emplace_back([&, t] {
          bool first_run = true;
          results[t] = database->write([&](Connection& connection) {
            ++runs;
            const std::int64_t value =
                connection.query_one("SELECT value FROM counter WHERE id = 1")
                    ->get<std::int64_t>(0);
            if (std::exchange(first_run, false)) both_read.arrive_and_wait();
            connection.execute("UPDATE counter SET value = ? WHERE id = 1", {value + 1});
          });
        });
      }
    }
    const int succeeded = results[0].ok() + results[1].ok();
    if (attempts == 1) {
      EXPECT_EQ(succeeded, 1);
      EXPECT_EQ(runs, 2);
      for (const auto& result : results) {
        if (result.ok()) continue;
        EXPECT_NE(result.error().message.find("stayed busy through 1 attempts"), std::string::npos)
            << result.error().message;
        EXPECT_NE(result.error().message.find("SQLSTATE 40001"), std::string::npos)
            << result.error().message;
      }
      EXPECT_EQ(counter(1), 1);
    } else {
      EXPECT_EQ(succeeded, 2);
      EXPECT_EQ(runs, 3);
      EXPECT_EQ(counter(1), 3);  // 1 from the first round, then both increments of this one
    }
  }
}

TEST_F(PostgresDatabaseTest, DeadlockIsAConflict) {
  PostgresOptions options;
  options.database.max_attempts = 1;
  std::unique_ptr<Database> database = open(options);
  ASSERT_NE(database, nullptr);
  std::latch both_locked(2);
  std::vector<Result<std::monostate>> results(2, Error{"not run", ""});
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < 2; ++t) {
      threads.emplace_back([&, t] {
        const std::int64_t mine = t + 1;
        const std::int64_t theirs = 2 - t;
        results[t] = database->write([&](Connection& connection) {
          connection.execute("UPDATE counter SET value = value + 1 WHERE id = ?", {mine});
          both_locked.arrive_and_wait();
          connection.execute("UPDATE counter SET value = value + 1 WHERE id = ?", {theirs});
        });
      });
    }
  }
  ASSERT_EQ(results[0].ok() + results[1].ok(), 1);
  const Error& error = results[0].ok() ? results[1].error() : results[0].error();
  EXPECT_NE(error.message.find("stayed busy"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("SQLSTATE 40P01"), std::string::npos) << error.message;
  EXPECT_EQ(counter(1) + counter(2), 2);  // the survivor's two updates only
}

TEST_F(PostgresDatabaseTest, StatementTimeoutCancelsALongStatement) {
  PostgresOptions options;
  options.statement_timeout = 100ms;
  std::unique_ptr<Database> database = open(options);
  ASSERT_NE(database, nullptr);
  const auto start = std::chrono::steady_clock::now();
  auto result =
      database->read([](Connection& connection) { connection.query("SELECT pg_sleep(10)"); });
  ASSERT_FALSE(result.ok());
  EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
  EXPECT_NE(result.error().message.find("statement timeout"), std::string::npos)
      << result.error().message;
  // The connection stays usable.
  auto after = database->read([](Connection& connection) {
    return connection.query_one("SELECT 1")->get<std::int64_t>(0);
  });
  ASSERT_TRUE(after.ok()) << after.error().to_string();
}

TEST_F(PostgresDatabaseTest, SchemaWritesWaitForEachOtherButNotForWrites) {
  std::unique_ptr<Database> other = open();
  ASSERT_NE(other, nullptr);
  std::latch holding(1);
  std::jthread holder([&] {
    EXPECT_TRUE(database_->schema_write([&](Connection&) {
      holding.count_down();
      std::this_thread::sleep_for(400ms);
    }));
  });
  holding.wait();
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(other->write([](Connection& connection) {
    connection.execute("UPDATE counter SET value = 5 WHERE id = 2");
  }));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 300ms);
  start = std::chrono::steady_clock::now();
  EXPECT_TRUE(other->schema_write([](Connection&) {}));
  EXPECT_GE(std::chrono::steady_clock::now() - start, 250ms);
}

}  // namespace
}  // namespace cairn::store
