// Multibase 'z' and 'u', against the multibase specification's example (draft-multiformats-
// multibase, "Decentralize everything!!") and base58 draft examples.
#include "crypto/multibase.h"

#include <gtest/gtest.h>

#include "crypto_test_support.h"

namespace cairn::crypto {
namespace {

using testing::bytes_of;

TEST(MultibaseTest, EncodesWithThePrefixOfEachEncoding) {
  const Bytes text = bytes_of("Decentralize everything!!");
  EXPECT_EQ(encode_multibase(Multibase::kBase58Btc, text), "zUXE7GvtEk8XTXs1GF8HSGbVA9FCX9SEBPe");
  EXPECT_EQ(encode_multibase(Multibase::kBase64Url, text), "uRGVjZW50cmFsaXplIGV2ZXJ5dGhpbmchIQ");
  EXPECT_EQ(encode_multibase(Multibase::kBase58Btc, bytes_of("Hello World!")),
            "z2NEpo7TZRRrLZSi2U");
}

TEST(MultibaseTest, DecodesBothPrefixes) {
  for (std::string_view text :
       {"zUXE7GvtEk8XTXs1GF8HSGbVA9FCX9SEBPe", "uRGVjZW50cmFsaXplIGV2ZXJ5dGhpbmchIQ"}) {
    Result<Bytes> decoded = decode_multibase(text);
    ASSERT_TRUE(decoded.ok()) << text << ": " << decoded.error().to_string();
    EXPECT_EQ(*decoded, bytes_of("Decentralize everything!!"));
  }
}

TEST(MultibaseTest, RefusesOtherPrefixesNamingThem) {
  // 'f' base16, 'm' base64 with padding rules, 'M', 'b' base32: valid multibase, not accepted here.
  for (std::string_view text : {"f446563", "mRGVj", "bireg", "U"}) {
    Result<Bytes> decoded = decode_multibase(text);
    ASSERT_FALSE(decoded.ok()) << text;
    EXPECT_EQ(decoded.error().code, "invalid multibase");
    EXPECT_NE(decoded.error().message.find(std::string("'") + text.front() + "'"),
              std::string::npos)
        << decoded.error().message;
  }
}

TEST(MultibaseTest, RefusesEmptyTextAndBadPayloads) {
  for (std::string_view text : {"", "z0OIl", "u+/", "uZg==", "zz!"}) {
    Result<Bytes> decoded = decode_multibase(text);
    ASSERT_FALSE(decoded.ok()) << text;
    EXPECT_EQ(decoded.error().code, "invalid multibase") << text;
  }
}

TEST(MultibaseTest, HonoursMaxBytes) {
  EXPECT_TRUE(decode_multibase("uZm9vYmFy", 6).ok());
  EXPECT_FALSE(decode_multibase("uZm9vYmFy", 5).ok());
  EXPECT_FALSE(decode_multibase("z2NEpo7TZRRrLZSi2U", 11).ok());
  EXPECT_TRUE(decode_multibase("z2NEpo7TZRRrLZSi2U", 12).ok());
}

}  // namespace
}  // namespace cairn::crypto
