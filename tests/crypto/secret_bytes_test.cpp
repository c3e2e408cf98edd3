#include <gtest/gtest.h>

#include <algorithm>

#include "crypto/bytes.h"

namespace cairn::crypto {
namespace {

TEST(SecretBytesTest, HoldsACopyAndMovesOwnership) {
  const Bytes plain{1, 2, 3, 4};
  SecretBytes secret(plain);
  EXPECT_EQ(secret.size(), 4u);
  EXPECT_TRUE(std::ranges::equal(secret.view(), plain));

  SecretBytes moved(std::move(secret));
  EXPECT_TRUE(std::ranges::equal(moved.view(), plain));
  EXPECT_TRUE(secret.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is API

  SecretBytes assigned(std::size_t{2});
  assigned = std::move(moved);
  EXPECT_TRUE(std::ranges::equal(assigned.view(), plain));
  EXPECT_TRUE(moved.empty());  // NOLINT(bugprone-use-after-move)
}

TEST(SecretBytesTest, CloneIsIndependent) {
  SecretBytes secret(Bytes{9, 8, 7});
  SecretBytes copy = secret.clone();
  copy.mutable_view()[0] = 0;
  EXPECT_EQ(secret.view()[0], 9);
  EXPECT_EQ(copy.view()[0], 0);
}

TEST(SecretBytesTest, SizedConstructorIsZeroFilled) {
  SecretBytes secret(std::size_t{5});
  EXPECT_EQ(secret.size(), 5u);
  EXPECT_TRUE(std::ranges::all_of(secret.view(), [](std::uint8_t b) { return b == 0; }));
}

}  // namespace
}  // namespace cairn::crypto
