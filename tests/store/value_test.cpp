// Row: typed access by index and by name, and the messages of every misuse.
#include "store/value.h"

#include <gtest/gtest.h>

#include "common/result.h"

namespace cairn::store {
namespace {

Row sample_row() {
  auto names = std::make_shared<const std::vector<std::string>>(
      std::vector<std::string>{"id", "email", "score", "avatar", "name"});
  return Row(names, {std::int64_t{7}, nullptr, 2.5, Blob{{0x00, 0xff}}, std::string("Zoë")});
}

std::string failure_message(const std::function<void()>& action) {
  try {
    action();
  } catch (const Failure& failure) {
    EXPECT_EQ(failure.error().code, "database error");
    return failure.error().message;
  }
  ADD_FAILURE() << "no Failure thrown";
  return "";
}

TEST(RowTest, ReadsEachKindByIndexAndByName) {
  const Row row = sample_row();
  EXPECT_EQ(row.size(), 5u);
  EXPECT_EQ(row.get<std::int64_t>(0), 7);
  EXPECT_EQ(row.get<std::int64_t>("id"), 7);
  EXPECT_EQ(row.get<double>("score"), 2.5);
  EXPECT_EQ(row.get<Blob>(3), (Blob{{0x00, 0xff}}));
  EXPECT_EQ(row.get<std::string>("name"), "Zoë");
  EXPECT_TRUE(row.is_null("email"));
  EXPECT_FALSE(row.is_null(0));
}

TEST(RowTest, OptionalGettersGiveNulloptForNullOnly) {
  const Row row = sample_row();
  EXPECT_EQ(row.get_optional<std::string>("email"), std::nullopt);
  EXPECT_EQ(row.get_optional<std::int64_t>("id"), std::optional<std::int64_t>(7));
  EXPECT_THROW((void)row.get_optional<std::string>("id"), Failure);
}

TEST(RowTest, NullColumnIsAClearFailure) {
  const Row row = sample_row();
  EXPECT_EQ(failure_message([&] { (void)row.get<std::string>("email"); }), "column email is null");
}

TEST(RowTest, WrongKindIsAClearFailure) {
  const Row row = sample_row();
  EXPECT_EQ(failure_message([&] { (void)row.get<std::int64_t>("name"); }),
            "column name holds text, not an integer");
  EXPECT_EQ(failure_message([&] { (void)row.get<std::string>(3); }),
            "column avatar holds a blob, not text");
  EXPECT_EQ(failure_message([&] { (void)row.get<double>("id"); }),
            "column id holds an integer, not a real");
}

TEST(RowTest, UnknownColumnsAreClearFailures) {
  const Row row = sample_row();
  EXPECT_EQ(failure_message([&] { (void)row.at("missing"); }),
            "no column named missing in the result");
  EXPECT_EQ(failure_message([&] { (void)row.get<std::int64_t>(5); }),
            "column index 5 is out of range: the row has 5 columns");
}

}  // namespace
}  // namespace cairn::store
