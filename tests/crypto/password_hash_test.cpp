#include "crypto/password_hash.h"

#include <gtest/gtest.h>

#include "crypto/constant_time.h"
#include "crypto/random_text.h"

namespace cairn::crypto {
namespace {

TEST(PasswordHash, TheRightPasswordVerifiesAndAWrongOneDoesNot) {
  Result<std::string> hash = hash_password("correct horse battery staple");
  ASSERT_TRUE(hash) << hash.error().to_string();
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$m=65536,t=2,p=1$")) << *hash;
  EXPECT_TRUE(verify_password("correct horse battery staple", *hash));
  EXPECT_FALSE(verify_password("correct horse battery stapl", *hash));
  EXPECT_FALSE(verify_password("", *hash));
}

TEST(PasswordHash, EveryHashHasItsOwnSalt) {
  const std::string password = "the same password twice";
  EXPECT_NE(*hash_password(password), *hash_password(password));
}

TEST(PasswordHash, RulesRefuseShortAndOverlongPasswordsWithoutTruncating) {
  EXPECT_EQ(hash_password("short").error().code, "invalid password");
  EXPECT_EQ(hash_password(std::string(1025, 'x')).error().code, "invalid password");
  Result<std::string> long_one = hash_password(std::string(1024, 'x'));
  ASSERT_TRUE(long_one);
  EXPECT_FALSE(verify_password(std::string(1023, 'x'), *long_one));
}

TEST(PasswordHash, NonArgon2idHashesNeverVerify) {
  EXPECT_FALSE(verify_password("anything at all", ""));
  EXPECT_FALSE(verify_password("anything at all", "$2b$12$abcdefghijklmnopqrstuv"));
  EXPECT_FALSE(verify_password("anything at all", std::string(500, '$')));
  EXPECT_TRUE(password_needs_rehash("not a hash"));
  EXPECT_FALSE(password_needs_rehash(*hash_password("a fresh password here")));
}

TEST(RandomText, HasTheAskedLengthAndDiffersEachTime) {
  EXPECT_EQ(random_hex(16).size(), 32u);
  EXPECT_EQ(random_base64url(32).size(), 43u);
  EXPECT_NE(random_hex(16), random_hex(16));
  EXPECT_EQ(random_hex(16).find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(ConstantTime, ComparesWholeStrings) {
  EXPECT_TRUE(equal_in_constant_time("abc", "abc"));
  EXPECT_TRUE(equal_in_constant_time("", ""));
  EXPECT_FALSE(equal_in_constant_time("abc", "abd"));
  EXPECT_FALSE(equal_in_constant_time("abc", "abcd"));
}

}  // namespace
}  // namespace cairn::crypto
