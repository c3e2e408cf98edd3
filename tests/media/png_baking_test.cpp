// Tests of bake_png and unbake_png: round trips checked by libpng, the byte layout OB 3.0 5.3.1
// asks for, the legacy forms, and hostile files (each limit and each structural check).
#include "media/png_baking.h"

#include <gtest/gtest.h>

#include <string>

#include "libpng_reader.h"
#include "media/media_errors.h"
#include "png_test_support.h"

namespace cairn::media {
namespace {

using testing::Bytes;
using testing::insert_before_iend;
using testing::itxt_data;
using testing::png_chunk;
using testing::tiny_png;

constexpr std::string_view kJson = R"({"type":["VerifiableCredential","OpenBadgeCredential"]})";
constexpr std::string_view kJwt = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZSJ9.c2lnbmF0dXJl";

Bytes baked(std::string_view credential, const BakeLimits& limits = {}) {
  Result<Bytes> result = bake_png(tiny_png(), credential, limits);
  EXPECT_TRUE(result.ok()) << result.error().to_string();
  return result.ok() ? std::move(result).value() : Bytes();
}

Error unbake_error(const Bytes& png, const UnbakeLimits& limits = {}) {
  Result<std::string> result = unbake_png(png, limits);
  EXPECT_FALSE(result.ok()) << "unbaked: " << *result;
  return result.ok() ? Error{} : result.error();
}

void expect_error(const Error& error, std::string_view code, std::string_view message_part) {
  EXPECT_EQ(error.code, code) << error.to_string();
  EXPECT_NE(error.message.find(message_part), std::string::npos)
      << "message \"" << error.message << "\" lacks \"" << message_part << "\"";
}

Bytes with_credential_chunks(int count) {
  Bytes png = tiny_png();
  for (int i = 0; i < count; ++i) {
    png = insert_before_iend(png, png_chunk("iTXt", itxt_data("openbadgecredential", kJson)));
  }
  return png;
}

TEST(PngBaking, JsonRoundTrips) {
  const Result<std::string> unbaked = unbake_png(baked(kJson));
  ASSERT_TRUE(unbaked.ok()) << unbaked.error().to_string();
  EXPECT_EQ(*unbaked, kJson);
}

TEST(PngBaking, JwtRoundTrips) {
  const Result<std::string> unbaked = unbake_png(baked(kJwt));
  ASSERT_TRUE(unbaked.ok()) << unbaked.error().to_string();
  EXPECT_EQ(*unbaked, kJwt);
}

TEST(PngBaking, LibpngReadsTheBakedImageAndItsUncompressedItxt) {
  const testing::LibpngReading reading = testing::read_with_libpng(baked(kJson));
  ASSERT_EQ(reading.error, "");
  EXPECT_EQ(reading.width, 2u);
  EXPECT_EQ(reading.height, 2u);
  EXPECT_EQ(reading.pixels, (Bytes{0x00, 0x40, 0x80, 0xFF}));
  ASSERT_EQ(reading.texts.size(), 1u);
  EXPECT_EQ(reading.texts[0].keyword, "openbadgecredential");
  EXPECT_EQ(reading.texts[0].text, kJson);
  EXPECT_TRUE(reading.texts[0].itxt_uncompressed);
}

TEST(PngBaking, InsertsExactlyOneItxtChunkBeforeIendAndKeepsEveryOtherByte) {
  const Bytes original = tiny_png();
  const Bytes expected =
      insert_before_iend(original, png_chunk("iTXt", itxt_data("openbadgecredential", kJwt)));
  EXPECT_EQ(baked(kJwt), expected);
}

TEST(PngBaking, ReadsACompressedItxt) {
  const Bytes png =
      insert_before_iend(tiny_png(), png_chunk("iTXt", itxt_data("openbadgecredential", kJson,
                                                                 /*compressed=*/true)));
  const Result<std::string> unbaked = unbake_png(png);
  ASSERT_TRUE(unbaked.ok()) << unbaked.error().to_string();
  EXPECT_EQ(*unbaked, kJson);
}

TEST(PngBaking, CompressedItxtBombStopsAtTheCap) {
  // 16 MiB of spaces deflate to about 16 KiB: within the chunk limit, 16 times the text limit.
  const std::string bomb(16u << 20, ' ');
  const Bytes png = insert_before_iend(
      tiny_png(), png_chunk("iTXt", itxt_data("openbadgecredential", bomb, /*compressed=*/true)));
  expect_error(unbake_error(png), error_code::kLimitExceeded, "more than 1048576 bytes of text");
}

TEST(PngBaking, CompressedTextExactlyAtTheCapIsRead) {
  UnbakeLimits limits;
  limits.max_credential_bytes = 1000;
  const std::string text = "{" + std::string(998, ' ') + "}";
  const Bytes png = insert_before_iend(
      tiny_png(), png_chunk("iTXt", itxt_data("openbadgecredential", text, true)));
  EXPECT_TRUE(unbake_png(png, limits).ok());
  limits.max_credential_bytes = 999;
  expect_error(unbake_error(png, limits), error_code::kLimitExceeded, "999");
}

TEST(PngBaking, BrokenZlibDataIsAnInvalidPng) {
  std::string data = itxt_data("openbadgecredential", kJson, true);
  data.resize(data.size() - 6);  // cut the stream short
  const Bytes png = insert_before_iend(tiny_png(), png_chunk("iTXt", data));
  expect_error(unbake_error(png), error_code::kInvalidPng, "zlib");
}

TEST(PngBaking, TwoCredentialsAreAnError) {
  expect_error(unbake_error(with_credential_chunks(2)), error_code::kMultipleCredentials,
               "image carries 2 credentials; expected one");
}

TEST(PngBaking, RefusesToBakeAnImageThatCarriesACredential) {
  const Result<Bytes> result = bake_png(with_credential_chunks(1), kJson);
  ASSERT_FALSE(result.ok());
  expect_error(result.error(), error_code::kAlreadyBaked, "Open Badges 3.0 credential");
}

TEST(PngBaking, RefusesToBakeAnImageThatCarriesAnOpenBadges2Assertion) {
  const Bytes legacy =
      insert_before_iend(tiny_png(), png_chunk("iTXt", itxt_data("openbadges", kJwt)));
  const Result<Bytes> result = bake_png(legacy, kJson);
  ASSERT_FALSE(result.ok());
  expect_error(result.error(), error_code::kAlreadyBaked, "Open Badges 2.0");
}

TEST(PngBaking, ReportsAnOpenBadges2ItxtAsALegacyBadge) {
  const Bytes png =
      insert_before_iend(tiny_png(), png_chunk("iTXt", itxt_data("openbadges", kJwt)));
  expect_error(unbake_error(png), error_code::kLegacyBadge, "PNG iTXt \"openbadges\"");
}

TEST(PngBaking, ReportsAPreSpecificationTextUrlAsALegacyBadge) {
  const Bytes png = insert_before_iend(
      tiny_png(), png_chunk("tEXt", std::string("openbadges\0https://example.org/a.json", 37)));
  expect_error(unbake_error(png), error_code::kLegacyBadge, "PNG tEXt \"openbadges\"");
}

TEST(PngBaking, AnImageWithoutCredentialSaysSo) {
  expect_error(unbake_error(tiny_png()), error_code::kNoCredential, "openbadgecredential");
}

TEST(PngBaking, AnOtherKeywordIsNotACredential) {
  const Bytes png =
      insert_before_iend(tiny_png(), png_chunk("iTXt", itxt_data("openbadgecredentials", kJson)));
  expect_error(unbake_error(png), error_code::kNoCredential, "openbadgecredential");
}

TEST(PngBaking, BadCrcIsRefused) {
  Bytes png = baked(kJson);
  png[png.size() - 20] ^= 0x01;  // a byte of the credential text, so the iTXt CRC fails
  expect_error(unbake_error(png), error_code::kInvalidPng, "CRC mismatch in chunk iTXt");
}

TEST(PngBaking, ChunkLengthOf2To31IsRefused) {
  Bytes png = tiny_png();
  const std::size_t idat_offset = 8 + 12 + 13;  // after the signature and the IHDR chunk
  png[idat_offset] = 0x80;
  png[idat_offset + 1] = png[idat_offset + 2] = png[idat_offset + 3] = 0;
  expect_error(unbake_error(png), error_code::kInvalidPng, "is not below 2^31");
}

TEST(PngBaking, ChunkLengthPastTheEndIsRefused) {
  Bytes png = tiny_png();
  const std::size_t idat_offset = 8 + 12 + 13;
  png[idat_offset] = 0x7F;
  png[idat_offset + 1] = png[idat_offset + 2] = png[idat_offset + 3] = 0xFF;
  expect_error(unbake_error(png), error_code::kInvalidPng, "runs past the end");
}

TEST(PngBaking, TenThousandTinyChunksExceedTheChunkLimit) {
  Bytes png = tiny_png();
  png.resize(png.size() - 12);
  const Bytes tiny = png_chunk("tiNy", "");
  for (int i = 0; i < 10000; ++i) png.insert(png.end(), tiny.begin(), tiny.end());
  const Bytes iend = png_chunk("IEND", "");
  png.insert(png.end(), iend.begin(), iend.end());
  expect_error(unbake_error(png), error_code::kLimitExceeded, "more than 4096 chunks");
  UnbakeLimits generous;
  generous.max_png_chunks = 10003;
  expect_error(unbake_error(png, generous), error_code::kNoCredential, "openbadgecredential");
}

TEST(PngBaking, StructuralErrorsAreNamed) {
  const Bytes png = tiny_png();
  expect_error(unbake_error(Bytes(png.begin() + 1, png.end())), error_code::kInvalidPng,
               "no PNG signature");
  expect_error(unbake_error(Bytes(png.begin(), png.end() - 12)), error_code::kInvalidPng,
               "without an IEND chunk");
  expect_error(unbake_error(Bytes(png.begin(), png.end() - 3)), error_code::kInvalidPng,
               "truncated chunk");
  Bytes trailing = png;
  trailing.push_back(0);
  expect_error(unbake_error(trailing), error_code::kInvalidPng, "1 bytes after the IEND chunk");
  Bytes ihdr_not_first(png.begin(), png.begin() + 8);
  const Bytes text = png_chunk("tEXt", std::string("Title\0x", 7));
  ihdr_not_first.insert(ihdr_not_first.end(), text.begin(), text.end());
  ihdr_not_first.insert(ihdr_not_first.end(), png.begin() + 8, png.end());
  expect_error(unbake_error(ihdr_not_first), error_code::kInvalidPng, "first chunk is not IHDR");
  Bytes bad_type = png_chunk("IDAT", "");
  bad_type[5] = '1';
  expect_error(unbake_error(insert_before_iend(png, bad_type)), error_code::kInvalidPng,
               "four ASCII letters");
}

TEST(PngBaking, ImageSizeLimit) {
  UnbakeLimits limits;
  limits.max_image_bytes = tiny_png().size() - 1;
  expect_error(unbake_error(tiny_png(), limits), error_code::kLimitExceeded, "more than the limit");
  const Result<Bytes> result = bake_png(tiny_png(), kJson, limits);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, error_code::kLimitExceeded);
}

TEST(PngBaking, CredentialSizeLimitHasTheSameBoundaryForBakeAndUnbake) {
  BakeLimits limits;
  limits.max_credential_bytes = 100;
  limits.max_credential_chunk_bytes = 100 + 24;  // keyword, NULs, flags
  const std::string at_limit = "{" + std::string(98, ' ') + "}";
  const Result<std::string> unbaked = unbake_png(baked(at_limit, limits), limits);
  ASSERT_TRUE(unbaked.ok()) << unbaked.error().to_string();
  EXPECT_EQ(*unbaked, at_limit);
  const Result<Bytes> over = bake_png(tiny_png(), at_limit + " ", limits);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, error_code::kLimitExceeded);
}

TEST(PngBaking, RefusesToBakeWhatIsNeitherJsonNorAJwt) {
  for (const std::string_view text :
       {std::string_view("hello"), std::string_view(""), std::string_view("a.b"),
        std::string_view("a.b.c d"), std::string_view("{\"a\":\0}", 7),
        std::string_view("{\"a\":\"\xC3\"}")}) {
    const Result<Bytes> result = bake_png(tiny_png(), text);
    ASSERT_FALSE(result.ok()) << text;
    EXPECT_EQ(result.error().code, error_code::kInvalidCredential) << text;
  }
}

TEST(PngBaking, RefusesToBakeIntoABrokenPng) {
  Bytes png = tiny_png();
  png[20] ^= 0x01;
  const Result<Bytes> result = bake_png(png, kJson);
  ASSERT_FALSE(result.ok());
  expect_error(result.error(), error_code::kInvalidPng, "CRC mismatch in chunk IHDR");
}

}  // namespace
}  // namespace cairn::media
