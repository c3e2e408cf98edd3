// migrate: steps applied once each, recorded with their checksum; changed, unknown and missing
// steps refused; a failing step rolled back; two migrators at once on one file.
#include "store/migrations.h"

#include <gtest/gtest.h>

#include <latch>
#include <set>
#include <thread>

#include "common/date_time.h"
#include "crypto/digest.h"
#include "store/sqlite_database.h"
#include "temp_directory.h"

namespace cairn::store {
namespace {

using testing::TempDirectory;

const std::vector<Migration> kSteps = {
    {1, "create organisations",
     "CREATE TABLE organisations (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"},
    {2, "create events and a first one",
     "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT NOT NULL);\n"
     "INSERT INTO events (what) VALUES ('step 2 ran')"},
    {5, "index events", "CREATE INDEX events_what ON events (what)"},
};

class MigrationsTest : public ::testing::Test {
 protected:
  std::unique_ptr<Database> open() {
    Result<std::unique_ptr<Database>> opened = open_sqlite(directory_.file("m.db"));
    EXPECT_TRUE(opened.ok()) << opened.error().to_string();
    return opened ? std::move(opened).value() : nullptr;
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

  TempDirectory directory_;
};

TEST_F(MigrationsTest, AppliesEveryStepAndRecordsIt) {
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

TEST_F(MigrationsTest, SecondRunAppliesNothing) {
  ASSERT_TRUE(migrate(*open(), kSteps).ok());
  auto database = open();  // as a restarted program would
  Result<MigrationReport> again = migrate(*database, kSteps);
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_TRUE(again->applied.empty());
  EXPECT_EQ(again->already_applied, 3u);
  EXPECT_EQ(event_count(*database), 1);  // step 2's insert did not run twice
}

TEST_F(MigrationsTest, NewStepsAreAppliedOnTopOfOldOnes) {
  auto database = open();
  ASSERT_TRUE(migrate(*database, std::span(kSteps).first(2)).ok());
  Result<MigrationReport> report = migrate(*database, kSteps);
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_EQ(report->applied, (std::vector<int>{5}));
  EXPECT_EQ(report->already_applied, 2u);
}

TEST_F(MigrationsTest, ChangedStepIsRefused) {
  auto database = open();
  ASSERT_TRUE(migrate(*database, std::span(kSteps).first(2)).ok());
  std::vector<Migration> edited = kSteps;
  edited[1].sql = "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT)";
  Result<MigrationReport> report = migrate(*database, edited);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, "migration refused");
  EXPECT_NE(report.error().message.find(
                "migration 2 (create events and a first one) changed after it was applied"),
            std::string::npos)
      << report.error().message;
  EXPECT_EQ(recorded(*database).size(), 2u);  // step 5 was not applied either
}

TEST_F(MigrationsTest, NewerDatabaseIsRefused) {
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

TEST_F(MigrationsTest, HoleInTheHistoryIsRefused) {
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

TEST_F(MigrationsTest, StepsOutOfOrderAreRefusedBeforeAnythingRuns) {
  auto database = open();
  for (const std::vector<Migration>& steps :
       {std::vector<Migration>{kSteps[1], kSteps[0]}, std::vector<Migration>{kSteps[0], kSteps[0]},
        std::vector<Migration>{{0, "zero", "CREATE TABLE z (x INTEGER)"}},
        std::vector<Migration>{{1, "", "CREATE TABLE z (x INTEGER)"}}}) {
    Result<MigrationReport> report = migrate(*database, steps);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, "migration refused");
  }
  auto tables = database->read([](Connection& connection) {
    return connection.query("SELECT name FROM sqlite_master WHERE type = 'table'").size();
  });
  ASSERT_TRUE(tables.ok());
  EXPECT_EQ(*tables, 0u);
}

TEST_F(MigrationsTest, FailingStepRollsBackAndIsNotRecorded) {
  auto database = open();
  std::vector<Migration> broken = kSteps;
  broken[1].sql =
      "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT NOT NULL);\n"
      "INSERT INTO no_such_table (x) VALUES (1)";
  Result<MigrationReport> report = migrate(*database, broken);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, "database error");
  EXPECT_NE(report.error().message.find("migration 2 (create events and a first one) failed"),
            std::string::npos)
      << report.error().message;
  EXPECT_EQ(recorded(*database).size(), 1u);
  auto events_table = database->read([](Connection& connection) {
    return connection.query("SELECT name FROM sqlite_master WHERE name = 'events'").size();
  });
  ASSERT_TRUE(events_table.ok());
  EXPECT_EQ(*events_table, 0u);  // the step's first statement was rolled back too
  // The fixed program then migrates normally.
  Result<MigrationReport> fixed = migrate(*database, kSteps);
  ASSERT_TRUE(fixed.ok()) << fixed.error().to_string();
  EXPECT_EQ(fixed->applied, (std::vector<int>{2, 5}));
}

TEST_F(MigrationsTest, TwoDatabasesMigratingAtOnceApplyEachStepOnce) {
  for (int round = 0; round < 5; ++round) {
    TempDirectory directory;
    const std::string path = directory.file("shared.db");
    std::vector<std::unique_ptr<Database>> databases;
    for (int i = 0; i < 2; ++i) {
      Result<std::unique_ptr<Database>> opened = open_sqlite(path);
      ASSERT_TRUE(opened.ok()) << opened.error().to_string();
      databases.push_back(std::move(opened).value());
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
    EXPECT_EQ(event_count(*databases[0]), 1);
    EXPECT_EQ(recorded(*databases[1]).size(), 3u);
  }
}

}  // namespace
}  // namespace cairn::store
