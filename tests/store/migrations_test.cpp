// migrate: steps applied once each, recorded with their checksum; changed, unknown and missing
// steps refused; a failing step rolled back; two migrators at once on one database. On every
// backend.
#include "store/migrations.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <latch>
#include <set>
#include <thread>

#include "common/date_time.h"
#include "crypto/digest.h"
#include "test_database.h"

namespace cairn::store {
namespace {

using testing::BackendTest;

const std::vector<Migration> kSteps = {
    {1, "create organisations",
     "CREATE TABLE organisations (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE)"},
    {2, "create events and a first one",
     "CREATE TABLE events (what TEXT NOT NULL);\n"
     "INSERT INTO events (what) VALUES ('step 2 ran')"},
    {5, "index events", "CREATE INDEX events_what ON events (what)"},
};

class MigrationsTest : public BackendTest {
 protected:
  // A new Database on the test's database each time, as a restarted program would open it.
  std::unique_ptr<Database> open() { return test_database().open(); }

  std::vector<std::string> table_names(Database& database) {
    auto rows = database.read([&](Connection& connection) {
      return connection.query(test_database().table_names_query());
    });
    EXPECT_TRUE(rows.ok()) << rows.error().to_string();
    std::vector<std::string> names;
    if (rows.ok()) {
      for (const Row& row : *rows) names.push_back(row.get<std::string>("name"));
    }
    return names;
  }

  std::vector<Row> recorded(Database& database) {
    auto rows = database.read([](Connection& connection) {
      return connection.query(
          "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version");
    });
    EXPECT_TRUE(rows.ok()) << rows.error().to_string();
    return rows.ok() ? *rows : std::vector<Row>{};
  }

  std::int64_t event_count(Database& database) {
    auto count = database.read([](Connection& connection) {
      return connection.query_one("SELECT count(*) FROM events")->get<std::int64_t>(0);
    });
    EXPECT_TRUE(count.ok()) << count.error().to_string();
    return count.ok() ? *count : -1;
  }
};

TEST_P(MigrationsTest, AppliesEveryStepAndRecordsIt) {
  auto database = open();
  Result<MigrationReport> report = migrate(*database, kSteps);
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_EQ(report->applied, (std::vector<int>{1, 2, 5}));
  EXPECT_EQ(report->already_applied, 0u);
  EXPECT_EQ(event_count(*database), 1);

  const std::vector<Row> rows = recorded(*database);
  ASSERT_EQ(rows.size(), 3u);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].get<std::int64_t>("version"), kSteps[i].version);
    EXPECT_EQ(rows[i].get<std::string>("name"), kSteps[i].name);
    EXPECT_EQ(rows[i].get<std::string>("checksum"), crypto::to_hex(crypto::sha256(kSteps[i].sql)));
    EXPECT_TRUE(parse_date_time_stamp(rows[i].get<std::string>("applied_at")).ok());
  }
}

TEST_P(MigrationsTest, SecondRunAppliesNothing) {
  ASSERT_TRUE(migrate(*open(), kSteps).ok());
  auto database = open();  // as a restarted program would
  Result<MigrationReport> again = migrate(*database, kSteps);
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_TRUE(again->applied.empty());
  EXPECT_EQ(again->already_applied, 3u);
  EXPECT_EQ(event_count(*database), 1);  // step 2's insert did not run twice
}

TEST_P(MigrationsTest, NewStepsAreAppliedOnTopOfOldOnes) {
  auto database = open();
  ASSERT_TRUE(migrate(*database, std::span(kSteps).first(2)).ok());
  Result<MigrationReport> report = migrate(*database, kSteps);
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_EQ(report->applied, (std::vector<int>{5}));
  EXPECT_EQ(report->already_applied, 2u);
}

TEST_P(MigrationsTest, ChangedStepIsRefused) {
  auto database = open();
  ASSERT_TRUE(migrate(*database, std::span(kSteps).first(2)).ok());
  std::vector<Migration> edited = kSteps;
  edited[1].sql = "CREATE TABLE events (what TEXT)";
  Result<MigrationReport> report = migrate(*database, edited);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, "migration refused");
  EXPECT_NE(report.error().message.find(
                "migration 2 (create events and a first one) changed after it was applied"),
            std::string::npos)
      << report.error().message;
  EXPECT_EQ(recorded(*database).size(), 2u);  // step 5 was not applied either
}

TEST_P(MigrationsTest, NewerDatabaseIsRefused) {
  auto database = open();
  ASSERT_TRUE(migrate(*database, kSteps).ok());
  Result<MigrationReport> report = migrate(*database, std::span(kSteps).first(2));
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, "migration refused");
  EXPECT_NE(report.error().message.find("database is newer than this program"), std::string::npos)
      << report.error().message;
  EXPECT_NE(report.error().message.find("migration 5 (index events)"), std::string::npos)
      << report.error().message;
}

TEST_P(MigrationsTest, HoleInTheHistoryIsRefused) {
  auto database = open();
  const std::vector<Migration> first_and_index = {
      kSteps[0], {5, "index organisations", "CREATE INDEX orgs_name ON organisations (name)"}};
  ASSERT_TRUE(migrate(*database, first_and_index).ok());
  std::vector<Migration> later = {kSteps[0], kSteps[1], first_and_index[1]};
  Result<MigrationReport> report = migrate(*database, later);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().message.find("history has a hole"), std::string::npos)
      << report.error().message;
}

TEST_P(MigrationsTest, StepsOutOfOrderAreRefusedBeforeAnythingRuns) {
  auto database = open();
  for (const std::vector<Migration>& steps :
       {std::vector<Migration>{kSteps[1], kSteps[0]}, std::vector<Migration>{kSteps[0], kSteps[0]},
        std::vector<Migration>{{0, "zero", "CREATE TABLE z (x BIGINT)"}},
        std::vector<Migration>{{1, "", "CREATE TABLE z (x BIGINT)"}}}) {
    Result<MigrationReport> report = migrate(*database, steps);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, "migration refused");
  }
  EXPECT_TRUE(table_names(*database).empty());
}

TEST_P(MigrationsTest, FailingStepRollsBackAndIsNotRecorded) {
  auto database = open();
  std::vector<Migration> broken = kSteps;
  broken[1].sql =
      "CREATE TABLE events (what TEXT NOT NULL);\n"
      "INSERT INTO no_such_table (x) VALUES (1)";
  Result<MigrationReport> report = migrate(*database, broken);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, "database error");
  EXPECT_NE(report.error().message.find("migration 2 (create events and a first one) failed"),
            std::string::npos)
      << report.error().message;
  EXPECT_EQ(recorded(*database).size(), 1u);
  const std::vector<std::string> tables = table_names(*database);
  // The step's first statement was rolled back too.
  EXPECT_EQ(std::count(tables.begin(), tables.end(), "events"), 0) << tables.size();
  // The fixed program then migrates normally.
  Result<MigrationReport> fixed = migrate(*database, kSteps);
  ASSERT_TRUE(fixed.ok()) << fixed.error().to_string();
  EXPECT_EQ(fixed->applied, (std::vector<int>{2, 5}));
}

// Each round runs on a database of its own, fresh as at a first deployment.
class ConcurrentMigrationsTest : public ::testing::TestWithParam<testing::Backend> {};

TEST_P(ConcurrentMigrationsTest, TwoDatabasesMigratingAtOnceApplyEachStepOnce) {
  for (int round = 0; round < 5; ++round) {
    testing::TestDatabase test_database(GetParam());
    if (!test_database.available()) GTEST_SKIP() << testing::kNoPostgres;
    std::vector<std::unique_ptr<Database>> databases;
    for (int i = 0; i < 2; ++i) {
      databases.push_back(test_database.open());
      ASSERT_NE(databases.back(), nullptr);
    }
    std::latch start(2);
    std::vector<Result<MigrationReport>> reports(2, Error{"not run", ""});
    {
      std::vector<std::jthread> threads;
      for (int i = 0; i < 2; ++i) {
        threads.emplace_back([&, i] {
          start.arrive_and_wait();
          reports[i] = migrate(*databases[i], kSteps);
        });
      }
    }
    std::multiset<int> applied;
    for (const Result<MigrationReport>& report : reports) {
      ASSERT_TRUE(report.ok()) << report.error().to_string();
      applied.insert(report->applied.begin(), report->applied.end());
      EXPECT_EQ(report->applied.size() + report->already_applied, kSteps.size());
    }
    EXPECT_EQ(applied, (std::multiset<int>{1, 2, 5}));
    auto events = databases[0]->read([](Connection& connection) {
      return connection.query_one("SELECT count(*) FROM events")->get<std::int64_t>(0);
    });
    ASSERT_TRUE(events.ok()) << events.error().to_string();
    EXPECT_EQ(*events, 1);
    auto recorded = databases[1]->read([](Connection& connection) {
      return connection.query("SELECT version FROM schema_migrations").size();
    });
    ASSERT_TRUE(recorded.ok()) << recorded.error().to_string();
    EXPECT_EQ(*recorded, 3u);
  }
}

INSTANTIATE_BACKEND_TESTS(MigrationsTest);
INSTANTIATE_BACKEND_TESTS(ConcurrentMigrationsTest);

}  // namespace
}  // namespace cairn::store
