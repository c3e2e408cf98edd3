// Base58btc against published examples: draft-msporny-base58-03 section 5, and Bitcoin Core's
// src/test/data/base58_encode_decode.json (typed in as hex/text pairs).
#include "crypto/base58.h"

#include <gtest/gtest.h>

#include "crypto_test_support.h"

namespace cairn::crypto {
namespace {

using testing::bytes_of;
using testing::from_hex;

struct Vector {
  std::vector<std::uint8_t> bytes;
  std::string text;
};

std::vector<Vector> published_vectors() {
  return {
      // draft-msporny-base58-03, section 5.
      {bytes_of("Hello World!"), "2NEpo7TZRRrLZSi2U"},
      {bytes_of("The quick brown fox jumps over the lazy dog."),
       "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z"},
      {from_hex("0000287fb4cd"), "11233QC4"},
      // Bitcoin Core base58_encode_decode.json.
      {{}, ""},
      {from_hex("61"), "2g"},
      {from_hex("626262"), "a3gV"},
      {from_hex("636363"), "aPEr"},
      {from_hex("73696d706c792061206c6f6e6720737472696e67"), "2cFupjhnEsSn59qHXstmK2ffpLv2"},
      {from_hex("00eb15231dfceb60925886b67d065299925915aeb172c06647"),
       "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"},
      {from_hex("516b6fcd0f"), "ABnLTmg"},
      {from_hex("bf4f89001e670274dd"), "3SEo3LWLoPntC"},
      {from_hex("572e4794"), "3EFU7m"},
      {from_hex("ecac89cad93923c02321"), "EJDM8drfXA6uyA"},
      {from_hex("10c8511e"), "Rt5zm"},
      {from_hex("00000000000000000000"), "1111111111"},
      {from_hex("000111d38e5fc9071ffcd20b4a763cc9ae4f252bb4e48fd66a835e252ada93ff480d6dd43dc62a6411"
                "55a5"),
       "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"},
  };
}

TEST(Base58Test, EncodesPublishedVectors) {
  for (const Vector& vector : published_vectors()) {
    EXPECT_EQ(encode_base58btc(vector.bytes), vector.text);
  }
}

TEST(Base58Test, DecodesPublishedVectors) {
  for (const Vector& vector : published_vectors()) {
    Result<Bytes> decoded = decode_base58btc(vector.text);
    ASSERT_TRUE(decoded.ok()) << vector.text << ": " << decoded.error().to_string();
    EXPECT_EQ(*decoded, vector.bytes) << vector.text;
  }
}

TEST(Base58Test, EachLeadingZeroByteIsOneLeadingOne) {
  EXPECT_EQ(encode_base58btc(from_hex("00")), "1");
  EXPECT_EQ(encode_base58btc(from_hex("000000")), "111");
  EXPECT_EQ(encode_base58btc(from_hex("000001")), "112");
  ASSERT_TRUE(decode_base58btc("111").ok());
  EXPECT_EQ(*decode_base58btc("111"), from_hex("000000"));
}

TEST(Base58Test, RoundTripsEveryLengthUpTo100) {
  for (std::size_t length = 0; length <= 100; ++length) {
    Bytes bytes(length);
    for (std::size_t i = 0; i < length; ++i) bytes[i] = static_cast<std::uint8_t>(i * 37 + length);
    if (length > 2) bytes[0] = bytes[1] = 0;  // leading zeros inside a longer number too
    Result<Bytes> decoded = decode_base58btc(encode_base58btc(bytes));
    ASSERT_TRUE(decoded.ok()) << length;
    EXPECT_EQ(*decoded, bytes) << length;
  }
}

TEST(Base58Test, RefusesCharactersOutsideTheAlphabet) {
  for (std::string_view text :
       {"0", "O", "I", "l", "3mJr0", "4kl8", "s!5<", "abc ", "+", "\xc3\xa9"}) {
    Result<Bytes> decoded = decode_base58btc(text);
    ASSERT_FALSE(decoded.ok()) << text;
    EXPECT_EQ(decoded.error().code, "invalid base58");
  }
  EXPECT_NE(decode_base58btc("4kl8").error().message.find("'l' at offset 2"), std::string::npos);
}

TEST(Base58Test, RefusesMoreThanMaxBytes) {
  const std::string text = encode_base58btc(from_hex("ffffffffffffffff"));
  EXPECT_TRUE(decode_base58btc(text, 8).ok());
  Result<Bytes> too_long = decode_base58btc(text, 7);
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().code, "invalid base58");
  EXPECT_FALSE(decode_base58btc("1111", 3).ok());  // leading zero bytes count too
}

TEST(Base58Test, RefusesHugeInputQuicklyWhateverTheCallerAllows) {
  const std::string huge(200'000, 'z');
  Result<Bytes> decoded = decode_base58btc(huge, std::size_t{1} << 30);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, "invalid base58");
}

TEST(Base58Test, DecodesTheLargestAllowedInput) {
  Bytes bytes(kMaxBase58DecodedBytes, 0xff);
  Result<Bytes> decoded = decode_base58btc(encode_base58btc(bytes));
  ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
  EXPECT_EQ(*decoded, bytes);
}

}  // namespace
}  // namespace cairn::crypto
