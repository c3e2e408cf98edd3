// The SQLite backend's own behaviour: opening (files, modes, pragmas) and text with NUL bytes.
// What every backend does is in database_test.cpp.
#include "store/sqlite_database.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "temp_directory.h"

namespace cairn::store {
namespace {

using testing::TempDirectory;

std::unique_ptr<Database> open_or_fail(const std::string& path, const SqliteOptions& options = {}) {
  Result<std::unique_ptr<Database>> opened = open_sqlite(path, options);
  if (!opened) ADD_FAILURE() << opened.error().to_string();
  return opened ? std::move(opened).value() : nullptr;
}

unsigned mode_of(const std::string& path) {
  struct stat status {};
  EXPECT_EQ(::stat(path.c_str(), &status), 0) << path;
  return status.st_mode & 0777;
}

class SqliteDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = open_or_fail(directory_.file("test.db"));
    ASSERT_NE(database_, nullptr);
  }

  TempDirectory directory_;
  std::unique_ptr<Database> database_;
};

TEST(SqliteOpenTest, CreatesPrivateDirectoriesAndFile) {
  TempDirectory directory;
  const std::string path = directory.file("nested/deeper/cairn.db");
  auto database = open_or_fail(path);
  ASSERT_NE(database, nullptr);
  EXPECT_EQ(database->backend(), "sqlite");
  EXPECT_EQ(mode_of(path), 0600u);
  EXPECT_EQ(mode_of(directory.file("nested")), 0700u);
  EXPECT_EQ(mode_of(directory.file("nested/deeper")), 0700u);
}

TEST(SqliteOpenTest, RefusesInMemoryDatabases) {
  for (const std::string path : {":memory:", "file::memory:?cache=shared", ""}) {
    Result<std::unique_ptr<Database>> opened = open_sqlite(path);
    ASSERT_FALSE(opened.ok()) << path;
    EXPECT_EQ(opened.error().code, "database error");
  }
  EXPECT_NE(open_sqlite(":memory:").error().message.find("in-memory"), std::string::npos);
}

TEST(SqliteOpenTest, RefusesAFileThatIsNotADatabase) {
  TempDirectory directory;
  const std::string path = directory.file("notes.txt");
  std::ofstream(path) << std::string(4096, 'x');
  Result<std::unique_ptr<Database>> opened = open_sqlite(path);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, "database error");
  EXPECT_NE(opened.error().message.find("not a database"), std::string::npos)
      << opened.error().message;
}

TEST(SqliteOpenTest, RefusesADirectory) {
  TempDirectory directory;
  Result<std::unique_ptr<Database>> opened = open_sqlite(directory.path().string());
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, "database error");
}

TEST_F(SqliteDatabaseTest, ConnectionsRunInWalModeWithForeignKeysAndNormalSync) {
  // SQLite counts every PRAGMA as writing, so even reading one takes a write transaction.
  auto settings = database_->write([](Connection& connection) {
    return std::vector<Row>{*connection.query_one("PRAGMA journal_mode"),
                            *connection.query_one("PRAGMA foreign_keys"),
                            *connection.query_one("PRAGMA synchronous")};
  });
  ASSERT_TRUE(settings.ok()) << settings.error().to_string();
  EXPECT_EQ((*settings)[0].get<std::string>(0), "wal");
  EXPECT_EQ((*settings)[1].get<std::int64_t>(0), 1);
  EXPECT_EQ((*settings)[2].get<std::int64_t>(0), 1);  // NORMAL
}

// Commits do not checkpoint themselves; the checkpointer's thread copies the log back, so the
// log is reused instead of growing with everything written.
TEST_F(SqliteDatabaseTest, TheLogIsCopiedBackByTheCheckpointerAndStaysBounded) {
  ASSERT_TRUE(database_->write([](Connection& c) { c.execute("CREATE TABLE t (x BLOB)"); }));
  constexpr int kTransactions = 16;  // 1 MiB each: 4,096 pages of 4 KiB in all
  for (int i = 0; i < kTransactions; ++i) {
    ASSERT_TRUE(database_->write(
        [](Connection& c) { c.execute("INSERT INTO t (x) VALUES (randomblob(1048576))"); }));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // time for the checkpointer
  }
  const std::uintmax_t log_bytes = std::filesystem::file_size(directory_.file("test.db-wal"));
  EXPECT_LT(log_bytes, 8u << 20) << "the log grew with everything written";
  auto stored = database_->read([](Connection& c) {
    return c.query_one("SELECT count(*) AS n, sum(length(x)) AS bytes FROM t").value();
  });
  ASSERT_TRUE(stored.ok()) << stored.error().to_string();
  EXPECT_EQ(stored->get<std::int64_t>("n"), kTransactions);
  EXPECT_EQ(stored->get<std::int64_t>("bytes"), std::int64_t{kTransactions} << 20);
}

// PostgreSQL text cannot hold a NUL byte (postgres_database_test.cpp); SQLite text can.
TEST_F(SqliteDatabaseTest, TextWithNulBytesRoundTrips) {
  const std::string text("a\0b\0", 4);
  auto read_back = database_->write([&](Connection& connection) {
    connection.execute("CREATE TABLE t (x TEXT)");
    connection.execute("INSERT INTO t (x) VALUES (?)", {text});
    return connection.query_one("SELECT x FROM t")->get<std::string>("x");
  });
  ASSERT_TRUE(read_back.ok()) << read_back.error().to_string();
  EXPECT_EQ(*read_back, text);
  EXPECT_EQ(read_back->size(), 4u);
}

}  // namespace
}  // namespace cairn::store
