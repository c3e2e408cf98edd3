// store/repositories/many_rows.h on every backend: rows split into statements under the
// parameter limit, and the multi-row forms the repositories rely on (INSERT ... VALUES lists,
// UPDATE ... FROM (VALUES ...) naming the columns column1, column2, ..., even when a column of
// a chunk holds only NULLs).
#include "store/repositories/many_rows.h"

#include <gtest/gtest.h>

#include "store/database.h"
#include "test_database.h"

namespace cairn::store {
namespace {

using testing::BackendTest;

class ManyRowsTest : public BackendTest {};

TEST_P(ManyRowsTest, RowsAreSplitUnderTheParameterLimitAndAllArrive) {
  DatabaseOptions options;
  options.limits.max_parameters = 100;
  std::unique_ptr<Database> database = test_database().open(options);
  ASSERT_NE(database, nullptr);
  constexpr std::size_t kRows = 2'345;
  std::size_t statements = 0;
  auto written = database->write([&](Connection& connection) {
    connection.execute("CREATE TABLE items (number BIGINT NOT NULL, label TEXT)");
    statements = 0;
    for_each_chunk(connection, kRows, 2, 0, [&](std::size_t begin, std::size_t end) {
      std::vector<Value> params;
      for (std::size_t i = begin; i < end; ++i) {
        params.emplace_back(static_cast<std::int64_t>(i));
        params.emplace_back("label " + std::to_string(i));
      }
      connection.execute(
          "INSERT INTO items (number, label) VALUES " + repeated("(?, ?)", end - begin),
          Params(params.data(), params.size()));
      ++statements;
    });
    // Every label set to NULL by number, 50 rows (a column of NULLs only) per statement.
    for_each_chunk(connection, kRows, 2, 0, [&](std::size_t begin, std::size_t end) {
      std::vector<Value> params;
      for (std::size_t i = begin; i < end; ++i) {
        params.emplace_back(static_cast<std::int64_t>(i));
        params.emplace_back(nullptr);
      }
      connection.execute("UPDATE items SET label = v.column2 FROM (VALUES " +
                             repeated("(?, ?)", end - begin) +
                             ") AS v WHERE items.number = v.column1",
                         Params(params.data(), params.size()));
    });
    return connection
        .query_one(
            "SELECT count(*) AS n, count(label) AS labelled, sum(number) AS total "
            "FROM items")
        .value();
  });
  ASSERT_TRUE(written.ok()) << written.error().to_string();
  EXPECT_EQ(statements, (kRows + 49) / 50);
  EXPECT_EQ(written->get<std::int64_t>("n"), static_cast<std::int64_t>(kRows));
  EXPECT_EQ(written->get<std::int64_t>("labelled"), 0);
  EXPECT_EQ(written->get<std::int64_t>("total"),
            static_cast<std::int64_t>(kRows * (kRows - 1) / 2));
}

TEST(ManyRowsTextTest, RepeatedJoinsCopies) {
  EXPECT_EQ(repeated("(?, ?)", 3), "(?, ?), (?, ?), (?, ?)");
  EXPECT_EQ(repeated("?", 1), "?");
  EXPECT_EQ(repeated("?", 0), "");
}

INSTANTIATE_BACKEND_TESTS(ManyRowsTest);

}  // namespace
}  // namespace cairn::store
