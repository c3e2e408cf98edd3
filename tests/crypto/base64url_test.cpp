// Base64url and base64 against RFC 4648 section 10 and RFC 7515 appendix A.1, and their
// strictness rules.
#include "crypto/base64url.h"

#include <gtest/gtest.h>

#include "crypto_test_support.h"

namespace cairn::crypto {
namespace {

using testing::bytes_of;
using testing::from_hex;

struct Rfc4648Vector {
  std::string_view text;
  std::string_view base64;  // padded, as RFC 4648 section 10 writes it
};

constexpr Rfc4648Vector kRfc4648[] = {{"", ""},
                                      {"f", "Zg=="},
                                      {"fo", "Zm8="},
                                      {"foo", "Zm9v"},
                                      {"foob", "Zm9vYg=="},
                                      {"fooba", "Zm9vYmE="},
                                      {"foobar", "Zm9vYmFy"}};

std::string without_padding(std::string_view text) {
  return std::string(text.substr(0, text.find('=')));
}

TEST(Base64UrlTest, EncodesRfc4648VectorsWithoutPadding) {
  for (const Rfc4648Vector& vector : kRfc4648) {
    EXPECT_EQ(encode_base64url(bytes_of(vector.text)), without_padding(vector.base64));
  }
}

TEST(Base64UrlTest, DecodesRfc4648VectorsWithoutPadding) {
  for (const Rfc4648Vector& vector : kRfc4648) {
    Result<Bytes> decoded = decode_base64url(without_padding(vector.base64));
    ASSERT_TRUE(decoded.ok()) << vector.base64;
    EXPECT_EQ(*decoded, bytes_of(vector.text));
  }
}

TEST(Base64UrlTest, Rfc7515JoseHeaderExample) {
  // RFC 7515 appendix A.1.1: {"typ":"JWT",CRLF "alg":"HS256"}.
  const std::string header = "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}";
  EXPECT_EQ(encode_base64url(bytes_of(header)), "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
}

TEST(Base64UrlTest, UsesTheUrlSafeCharacters) {
  EXPECT_EQ(encode_base64url(from_hex("fbff")), "-_8");
  ASSERT_TRUE(decode_base64url("-_8").ok());
  EXPECT_EQ(*decode_base64url("-_8"), from_hex("fbff"));
}

TEST(Base64UrlTest, RoundTripsAllByteValues) {
  Bytes bytes(256);
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(i);
  for (std::size_t length = 0; length <= bytes.size(); length += 17) {
    const Bytes prefix(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(length));
    Result<Bytes> decoded = decode_base64url(encode_base64url(prefix));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(*decoded, prefix);
  }
}

TEST(Base64UrlTest, RefusesPaddingStandardCharactersAndOthers) {
  for (std::string_view text : {"Zg==", "Zm8=", "+_8", "-/8", "Zm 9v", "Zm9v\n", "Zm9v.", "Z"}) {
    Result<Bytes> decoded = decode_base64url(text);
    ASSERT_FALSE(decoded.ok()) << text;
    EXPECT_EQ(decoded.error().code, "invalid base64url") << text;
  }
}

TEST(Base64UrlTest, RefusesNonZeroUnusedBits) {
  EXPECT_TRUE(decode_base64url("Zg").ok());
  EXPECT_FALSE(decode_base64url("Zh").ok());  // same byte 'f', with a stray low bit set
  EXPECT_TRUE(decode_base64url("Zm8").ok());
  EXPECT_FALSE(decode_base64url("Zm9").ok());
}

TEST(Base64UrlTest, RefusesMoreThanMaxBytes) {
  EXPECT_TRUE(decode_base64url("Zm9vYmFy", 6).ok());
  Result<Bytes> decoded = decode_base64url("Zm9vYmFy", 5);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, "invalid base64url");
}

TEST(Base64Test, DecodesRfc4648VectorsWithAndWithoutPadding) {
  for (const Rfc4648Vector& vector : kRfc4648) {
    for (const std::string& text : {std::string(vector.base64), without_padding(vector.base64)}) {
      Result<Bytes> decoded = decode_base64(text, 1024);
      ASSERT_TRUE(decoded.ok()) << text << ": " << decoded.error().to_string();
      EXPECT_EQ(*decoded, bytes_of(vector.text)) << text;
    }
  }
  ASSERT_TRUE(decode_base64("+/8=", 16).ok());
  EXPECT_EQ(*decode_base64("+/8=", 16), from_hex("fbff"));
}

TEST(Base64Test, RefusesBadPaddingAndUrlCharacters) {
  for (std::string_view text : {"Zg=", "Zg===", "Z===", "Zm9v=", "Zg==Zg==", "=", "-_8=", "Zh=="}) {
    Result<Bytes> decoded = decode_base64(text, 1024);
    ASSERT_FALSE(decoded.ok()) << text;
    EXPECT_EQ(decoded.error().code, "invalid base64") << text;
  }
  EXPECT_FALSE(decode_base64("Zm9vYmFy", 5).ok());
}

}  // namespace
}  // namespace cairn::crypto
