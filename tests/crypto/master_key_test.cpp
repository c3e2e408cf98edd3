#include "crypto/master_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "crypto/base64url.h"

namespace cairn::crypto {
namespace {

TEST(MasterKeyTest, TextRoundTrips) {
  const MasterKey key = MasterKey::generate();
  const std::string text = key.to_base64url();
  EXPECT_EQ(text.size(), 43u);
  Result<MasterKey> again = MasterKey::from_base64url(text);
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_TRUE(std::ranges::equal(again->view(), key.view()));
  Result<Bytes> raw = decode_base64url(text);
  ASSERT_TRUE(raw.ok());
  EXPECT_TRUE(std::ranges::equal(*raw, key.view()));
}

TEST(MasterKeyTest, SurroundingWhitespaceIsIgnored) {
  const MasterKey key = MasterKey::generate();
  Result<MasterKey> again = MasterKey::from_base64url("  " + key.to_base64url() + "\n");
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(std::ranges::equal(again->view(), key.view()));
}

TEST(MasterKeyTest, GeneratedKeysDiffer) {
  EXPECT_FALSE(std::ranges::equal(MasterKey::generate().view(), MasterKey::generate().view()));
}

TEST(MasterKeyTest, WrongSizeOrEncodingIsRefused) {
  const std::string text = MasterKey::generate().to_base64url();
  for (const std::string& bad :
       {std::string(), text.substr(0, 42), text + "A", text + "AAAA", text + "=",
        std::string(43, '+'), encode_base64url(Bytes(31, 1)), encode_base64url(Bytes(33, 1))}) {
    Result<MasterKey> key = MasterKey::from_base64url(bad);
    ASSERT_FALSE(key.ok()) << bad;
    EXPECT_EQ(key.error().code, "invalid master key") << bad;
  }
}

}  // namespace
}  // namespace cairn::crypto
