// Database and Connection on every backend: typed round trips, parameters as data, row counts,
// statement limits and the SQL contract, and error messages that keep parameters out.
#include "store/database.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <limits>

#include "test_database.h"

namespace cairn::store {
namespace {

using testing::BackendTest;

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

class DatabaseTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped()) return;
    database_ = test_database().open();
    ASSERT_NE(database_, nullptr);
  }

  // Runs fn in a write transaction and returns its Error; fails the test when it succeeds.
  template <class Fn>
  Error write_error(Fn fn) {
    auto result = database_->write(fn);
    if (result.ok()) {
      ADD_FAILURE() << "the transaction succeeded";
      return {};
    }
    return result.error();
  }

  std::unique_ptr<Database> database_;
};

TEST_P(DatabaseTest, ReportsItsBackend) {
  EXPECT_EQ(database_->backend(),
            GetParam() == testing::Backend::kSqlite ? "sqlite" : "postgresql");
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced) {
  ASSERT_TRUE(database_->write([](Connection& connection) {
    connection.execute("CREATE TABLE parent (id BIGINT PRIMARY KEY)");
    connection.execute("CREATE TABLE child (parent_id BIGINT NOT NULL REFERENCES parent (id))");
  }));
  Error error = write_error([](Connection& connection) {
    connection.execute("INSERT INTO child (parent_id) VALUES (?)", {std::int64_t{42}});
  });
  EXPECT_NE(lowercase(error.message).find("foreign key"), std::string::npos) << error.message;
}

// Text with a NUL byte is SQLite-only (sqlite_database_test.cpp): PostgreSQL text cannot hold one.
TEST_P(DatabaseTest, EveryKindOfValueRoundTrips) {
  using Limits64 = std::numeric_limits<std::int64_t>;
  using LimitsReal = std::numeric_limits<double>;
  const std::vector<std::vector<Value>> rows = {
      {Limits64::min(), LimitsReal::lowest(), std::string("a b"), Blob{{0x00, 0x01, 0x00}}},
      {Limits64::max(), LimitsReal::max(), std::string("Zoë — 日本語 🎓"), Blob{{0xff, 0xfe}}},
      {std::int64_t{0}, LimitsReal::denorm_min(), std::string(), Blob{}},
      {std::int64_t{-1}, 0.1, std::string("\n\t'\"\\"), Blob{std::vector<std::uint8_t>(1000, 7)}},
      {std::int64_t{1}, -2.5, std::string("$1 ? $$ E'\\x'"), Blob{{'\\', 'x', '0'}}},
      {nullptr, nullptr, nullptr, nullptr},
  };
  const std::string create = "CREATE TABLE kinds (position BIGINT PRIMARY KEY, i BIGINT, " +
                             std::string("r DOUBLE PRECISION, t TEXT, b ") +
                             std::string(test_database().blob_type()) + ")";
  auto read_back = database_->write([&](Connection& connection) {
    connection.execute(create);
    std::int64_t position = 0;
    for (const std::vector<Value>& row : rows) {
      std::vector<Value> params = {position++};
      params.insert(params.end(), row.begin(), row.end());
      EXPECT_EQ(connection.execute(
                    "INSERT INTO kinds (position, i, r, t, b) VALUES (?, ?, ?, ?, ?)", params),
                1);
    }
    return connection.query("SELECT i, r, t, b FROM kinds ORDER BY position");
  });
  ASSERT_TRUE(read_back.ok()) << read_back.error().to_string();
  ASSERT_EQ(read_back->size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t column = 0; column < 4; ++column) {
      EXPECT_EQ((*read_back)[i].at(column), rows[i][column]) << "row " << i << " column " << column;
    }
  }
  // The empty text and the empty blob stay values, apart from NULL.
  EXPECT_EQ((*read_back)[2].get<std::string>("t"), "");
  EXPECT_EQ((*read_back)[2].get<Blob>("b"), Blob{});
}

TEST_P(DatabaseTest, ParametersCarrySqlMetacharactersAsData) {
  const std::vector<std::string> hostile = {"'; DROP TABLE people; --",
                                            "Robert'); DROP TABLE people;--", "? ?1 :name $1",
                                            "x' OR '1'='1", "$$; DELETE FROM people; $$"};
  auto names = database_->write([&](Connection& connection) {
    connection.execute("CREATE TABLE people (position BIGINT NOT NULL, name TEXT NOT NULL)");
    std::int64_t position = 0;
    for (const std::string& name : hostile) {
      connection.execute("INSERT INTO people (position, name) VALUES (?, ?)", {position++, name});
    }
    EXPECT_EQ(connection.query("SELECT name FROM people WHERE name = ?", {hostile[3]}).size(), 1u);
    return connection.query("SELECT name FROM people ORDER BY position");
  });
  ASSERT_TRUE(names.ok()) << names.error().to_string();
  ASSERT_EQ(names->size(), hostile.size());
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    EXPECT_EQ((*names)[i].get<std::string>("name"), hostile[i]);
  }
}

TEST_P(DatabaseTest, QuestionMarksInLiteralsIdentifiersAndCommentsAreNotPlaceholders) {
  auto row = database_->write([](Connection& connection) {
    connection.execute("CREATE TABLE \"odd?name\" (x BIGINT)");
    connection.execute("INSERT INTO \"odd?name\" (x) VALUES (?) -- a comment?", {std::int64_t{7}});
    return connection.query_one(
        "SELECT x, 'what?' AS literal, ? AS parameter /* and? */ FROM \"odd?name\" WHERE x = ?",
        {std::string("bound"), std::int64_t{7}});
  });
  ASSERT_TRUE(row.ok()) << row.error().to_string();
  ASSERT_TRUE(row->has_value());
  EXPECT_EQ((*row)->get<std::int64_t>("x"), 7);
  EXPECT_EQ((*row)->get<std::string>("literal"), "what?");
  EXPECT_EQ((*row)->get<std::string>("parameter"), "bound");
}

TEST_P(DatabaseTest, ExecuteCountsChangedRowsOnly) {
  auto counts = database_->write([](Connection& connection) {
    std::vector<std::int64_t> counts;
    counts.push_back(connection.execute("CREATE TABLE t (x BIGINT)"));
    counts.push_back(connection.execute("INSERT INTO t (x) VALUES (1), (2), (3)"));
    counts.push_back(connection.execute("CREATE INDEX t_x ON t (x)"));
    counts.push_back(connection.execute("UPDATE t SET x = x + 10 WHERE x >= ?", {std::int64_t{2}}));
    counts.push_back(connection.execute("DELETE FROM t WHERE x = ?", {std::int64_t{99}}));
    counts.push_back(connection.execute("SELECT x FROM t"));
    counts.push_back(
        connection.execute("DELETE FROM t WHERE x > ? RETURNING x", {std::int64_t{0}}));
    return counts;
  });
  ASSERT_TRUE(counts.ok()) << counts.error().to_string();
  EXPECT_EQ(*counts, (std::vector<std::int64_t>{0, 3, 0, 2, 0, 0, 3}));
}

TEST_P(DatabaseTest, QueryOneGivesNothingOneOrAnError) {
  ASSERT_TRUE(database_->write([](Connection& connection) {
    connection.execute("CREATE TABLE t (x BIGINT)");
    connection.execute("INSERT INTO t (x) VALUES (1), (2)");
  }));
  auto found = database_->read([](Connection& connection) {
    EXPECT_FALSE(connection.query_one("SELECT x FROM t WHERE x = ?", {std::int64_t{5}}));
    return connection.query_one("SELECT x FROM t WHERE x = ?", {std::int64_t{2}});
  });
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->get<std::int64_t>("x"), 2);
  auto several = database_->read(
      [](Connection& connection) { return connection.query_one("SELECT x FROM t").has_value(); });
  ASSERT_FALSE(several.ok());
  EXPECT_NE(several.error().message.find("more than one row"), std::string::npos);
}

TEST_P(DatabaseTest, ErrorsNameTheStatementButNotTheParameters) {
  const std::string secret = "s3cr3t-token-7f2a9c";
  ASSERT_TRUE(database_->write([](Connection& connection) {
    connection.execute("CREATE TABLE accounts (email TEXT UNIQUE NOT NULL)");
  }));
  ASSERT_TRUE(database_->write([&](Connection& connection) {
    connection.execute("INSERT INTO accounts (email) VALUES (?)", {secret});
  }));
  Error duplicate = write_error([&](Connection& connection) {
    connection.execute("INSERT INTO accounts (email) VALUES (?)", {secret});
  });
  EXPECT_EQ(duplicate.code, "database error");
  EXPECT_NE(duplicate.message.find("INSERT INTO accounts"), std::string::npos) << duplicate.message;
  EXPECT_NE(lowercase(duplicate.message).find("unique"), std::string::npos) << duplicate.message;
  EXPECT_EQ(duplicate.message.find(secret), std::string::npos) << duplicate.message;

  Error mismatch = write_error([&](Connection& connection) {
    connection.execute("UPDATE accounts SET email = ?", {secret, secret});
  });
  EXPECT_EQ(mismatch.message.find(secret), std::string::npos) << mismatch.message;

  Error bad_type = write_error([&](Connection& connection) {
    connection.query_one("SELECT email FROM accounts WHERE email = ?", {secret})
        ->get<std::int64_t>("email");
  });
  EXPECT_EQ(bad_type.message.find(secret), std::string::npos) << bad_type.message;
  EXPECT_NE(bad_type.message.find("column email holds text"), std::string::npos)
      << bad_type.message;
}

TEST_P(DatabaseTest, ScriptsRunSeveralStatements) {
  ASSERT_TRUE(database_->write([](Connection& connection) {
    connection.execute_script(
        "CREATE TABLE a (x BIGINT, note TEXT);\n"
        "-- a comment between statements; with a semicolon\n"
        "INSERT INTO a (x, note) VALUES (1, 'one; still one');\n"
        "INSERT INTO a (x) VALUES (2);\n");
  }));
  auto count = database_->read([](Connection& connection) {
    return connection.query_one("SELECT count(*) AS n FROM a")->get<std::int64_t>("n");
  });
  ASSERT_TRUE(count.ok()) << count.error().to_string();
  EXPECT_EQ(*count, 2);
  Error with_placeholder = write_error(
      [](Connection& connection) { connection.execute_script("INSERT INTO a (x) VALUES (?)"); });
  EXPECT_NE(with_placeholder.message.find("takes no parameters"), std::string::npos);
  Error failing = write_error([](Connection& connection) {
    connection.execute_script("INSERT INTO a (x) VALUES (3);\nINSERT INTO nowhere (x) VALUES (4)");
  });
  EXPECT_NE(failing.message.find("INSERT INTO nowhere"), std::string::npos) << failing.message;
}

INSTANTIATE_BACKEND_TESTS(DatabaseTest);

class LimitsTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped()) return;
    DatabaseOptions options;
    options.limits = {.max_sql_bytes = 200, .max_parameters = 3, .max_rows = 4};
    database_ = test_database().open(options);
    ASSERT_NE(database_, nullptr);
    ASSERT_TRUE(database_->write([](Connection& connection) {
      connection.execute("CREATE TABLE t (x BIGINT)");
      connection.execute("INSERT INTO t (x) VALUES (1), (2), (3), (4), (5)");
    }));
  }

  Error read_error(const std::function<void(Connection&)>& fn) {
    auto result = database_->read(fn);
    if (result.ok()) {
      ADD_FAILURE() << "the transaction succeeded";
      return {};
    }
    EXPECT_EQ(result.error().code, "database error");
    return result.error();
  }

  std::unique_ptr<Database> database_;
};

TEST_P(LimitsTest, LongStatementIsRefused) {
  const std::string sql = "SELECT x FROM t WHERE x IN (" + std::string(200, '1') + ")";
  Error error = read_error([&](Connection& connection) { connection.query(sql); });
  EXPECT_NE(error.message.find("over the limit of 200"), std::string::npos) << error.message;
}

TEST_P(LimitsTest, TooManyParametersAreRefused) {
  Error error = read_error([](Connection& connection) {
    connection.query("SELECT x FROM t WHERE x IN (?, ?, ?, ?)",
                     {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4}});
  });
  EXPECT_NE(error.message.find("4 parameters are over the limit of 3"), std::string::npos)
      << error.message;
}

TEST_P(LimitsTest, TooManyRowsAreRefused) {
  Error error = read_error([](Connection& connection) { connection.query("SELECT x FROM t"); });
  EXPECT_NE(error.message.find("returned more than 4 rows"), std::string::npos) << error.message;
  auto exactly_at_limit = database_->read([](Connection& connection) {
    return connection.query("SELECT x FROM t WHERE x <= 4").size();
  });
  ASSERT_TRUE(exactly_at_limit.ok()) << exactly_at_limit.error().to_string();
  EXPECT_EQ(*exactly_at_limit, 4u);
  Error lower =
      read_error([](Connection& connection) { connection.query("SELECT x FROM t", {}, 2); });
  EXPECT_NE(lower.message.find("returned more than 2 rows"), std::string::npos) << lower.message;
  // The connection is usable after a query cut short.
  auto after = database_->read([](Connection& connection) {
    return connection.query_one("SELECT count(*) FROM t")->get<std::int64_t>(0);
  });
  ASSERT_TRUE(after.ok()) << after.error().to_string();
  EXPECT_EQ(*after, 5);
}

TEST_P(LimitsTest, OnlyQuestionMarkPlaceholdersAreAccepted) {
  for (const char* sql : {"SELECT x FROM t WHERE x = :x", "SELECT x FROM t WHERE x = ?1",
                          "SELECT x FROM t WHERE x = $x", "SELECT x FROM t WHERE x = @x",
                          "SELECT x FROM t WHERE x = $1"}) {
    Error error =
        read_error([&](Connection& connection) { connection.query(sql, {std::int64_t{1}}); });
    EXPECT_NE(error.message.find("write ? placeholders only"), std::string::npos)
        << sql << ": " << error.message;
  }
}

TEST_P(LimitsTest, ParameterCountMustMatchPlaceholders) {
  Error error = read_error([](Connection& connection) {
    connection.query("SELECT x FROM t WHERE x = ? OR x = ?", {std::int64_t{1}});
  });
  EXPECT_NE(error.message.find("has 2 placeholders but 1 parameters were given"), std::string::npos)
      << error.message;
}

TEST_P(LimitsTest, OneStatementPerCall) {
  Error error = read_error(
      [](Connection& connection) { connection.query("SELECT x FROM t; SELECT x FROM t"); });
  EXPECT_NE(error.message.find("more than one statement"), std::string::npos) << error.message;
  Error trailing_junk =
      read_error([](Connection& connection) { connection.query("SELECT x FROM t; not even SQL"); });
  EXPECT_NE(trailing_junk.message.find("more than one statement"), std::string::npos)
      << trailing_junk.message;
  static constexpr char kWithNul[] = "SELECT 1\0; DELETE FROM t";
  Error with_nul = read_error([](Connection& connection) {
    connection.query(std::string_view(kWithNul, sizeof kWithNul - 1));
  });
  EXPECT_NE(with_nul.message.find("NUL byte"), std::string::npos) << with_nul.message;
  // A trailing comment is not a second statement.
  auto commented = database_->read([](Connection& connection) {
    return connection.query("SELECT x FROM t WHERE x = 1; -- the first").size();
  });
  ASSERT_TRUE(commented.ok()) << commented.error().to_string();
  EXPECT_EQ(*commented, 1u);
}

INSTANTIATE_BACKEND_TESTS(LimitsTest);

}  // namespace
}  // namespace cairn::store
