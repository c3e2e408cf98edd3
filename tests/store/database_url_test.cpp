// parse_database_url and open_database: the accepted --db forms, each backend opened, and clear
// errors that never quote what may be a password.
#include "store/database_url.h"

#include <gtest/gtest.h>

#include "temp_directory.h"
#include "test_database.h"

namespace cairn::store {
namespace {

DatabaseUrl parsed(std::string_view text) {
  Result<DatabaseUrl> url = parse_database_url(text);
  EXPECT_TRUE(url.ok()) << text << ": " << url.error().to_string();
  return url.ok() ? *url : DatabaseUrl{DatabaseUrl::Backend::kPostgresql, "(failed)"};
}

TEST(DatabaseUrlTest, SqlitePathsRelativeAndAbsolute) {
  EXPECT_EQ(parsed("sqlite:./cairn-data/cairn.db").location, "./cairn-data/cairn.db");
  EXPECT_EQ(parsed("sqlite:cairn.db").location, "cairn.db");
  EXPECT_EQ(parsed("sqlite:/var/lib/cairn/cairn.db").location, "/var/lib/cairn/cairn.db");
  EXPECT_EQ(parsed("sqlite:cairn.db").backend, DatabaseUrl::Backend::kSqlite);
}

TEST(DatabaseUrlTest, DefaultIsASqliteFileUnderCairnData) {
  const DatabaseUrl url = parsed(kDefaultDatabaseUrl);
  EXPECT_EQ(url.backend, DatabaseUrl::Backend::kSqlite);
  EXPECT_EQ(url.location, "./cairn-data/cairn.db");
}

TEST(DatabaseUrlTest, PostgresqlUrisAreKeptWhole) {
  for (const char* text : {"postgresql://cairn@localhost:5432/cairn?sslmode=disable",
                           "postgres://cairn:pw@db.example/cairn"}) {
    const DatabaseUrl url = parsed(text);
    EXPECT_EQ(url.backend, DatabaseUrl::Backend::kPostgresql);
    EXPECT_EQ(url.location, text);
  }
}

TEST(DatabaseUrlTest, OtherFormsAreRefusedNamingTheAcceptedOnes) {
  for (const char* text : {"", "sqlite:", "sqlite://host/file.db", "mysql://root:hunter2@db/x",
                           "cairn.db", "SQLITE:cairn.db", "postgresql:/no-slashes"}) {
    Result<DatabaseUrl> url = parse_database_url(text);
    ASSERT_FALSE(url.ok()) << text;
    EXPECT_EQ(url.error().code, "invalid database URL");
    EXPECT_NE(url.error().message.find("sqlite:PATH"), std::string::npos) << url.error().message;
    EXPECT_NE(url.error().message.find("postgresql://"), std::string::npos);
    EXPECT_EQ(url.error().message.find("hunter2"), std::string::npos) << url.error().message;
  }
  EXPECT_FALSE(parse_database_url(std::string_view("sqlite:a\0b", 10)).ok());
  EXPECT_FALSE(parse_database_url("sqlite:" + std::string(5000, 'a')).ok());
}

TEST(DatabaseUrlTest, PostgresqlErrorsNeverCarryThePassword) {
  // Port 1 on loopback: nothing listens there, so the connection is refused at once.
  for (const char* text : {"postgresql://cairn:s3cret@127.0.0.1:1/cairn?connect_timeout=2",
                           "postgres://cairn:s3cret%zz@127.0.0.1:1/cairn",
                           "postgresql://cairn:s3cret@127.0.0.1:1/cairn?nonsense=s3cret"}) {
    Result<std::unique_ptr<Database>> opened = open_database(parsed(text));
    ASSERT_FALSE(opened.ok()) << text;
    EXPECT_EQ(opened.error().code, "database error");
    EXPECT_NE(opened.error().message.find("PostgreSQL"), std::string::npos)
        << opened.error().message;
    EXPECT_EQ(opened.error().message.find("s3cret"), std::string::npos) << opened.error().message;
  }
}

TEST(DatabaseUrlTest, OpensPostgresqlWithTheGivenOptions) {
  const std::optional<std::string> server = testing::test_postgres_url();
  if (!server) GTEST_SKIP() << testing::kNoPostgres;
  DatabaseOptions options;
  options.limits.max_rows = 1;
  Result<std::unique_ptr<Database>> opened = open_database(parsed(*server), options);
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  EXPECT_EQ((*opened)->backend(), "postgresql");
  auto two_rows = (*opened)->read(
      [](Connection& connection) { return connection.query("SELECT 1 UNION ALL SELECT 2"); });
  EXPECT_FALSE(two_rows.ok());  // the row limit passed in was applied
}

TEST(DatabaseUrlTest, OpensSqliteWithTheGivenOptions) {
  testing::TempDirectory directory;
  DatabaseOptions options;
  options.limits.max_rows = 1;
  Result<std::unique_ptr<Database>> opened =
      open_database(parsed("sqlite:" + directory.file("data/cairn.db")), options);
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  EXPECT_EQ((*opened)->backend(), "sqlite");
  EXPECT_TRUE(std::filesystem::exists(directory.path() / "data" / "cairn.db"));
  auto two_rows = (*opened)->read(
      [](Connection& connection) { return connection.query("SELECT 1 UNION ALL SELECT 2"); });
  EXPECT_FALSE(two_rows.ok());  // the row limit passed in was applied
}

}  // namespace
}  // namespace cairn::store
