// Bitstring: the bit order of Bitstring Status List 1.0 (sections 2.2 and 7.1: index 0 is the
// left-most bit), multi-bit statuses, the minimum size, encode/decode round trips, the
// specification's own example list, and refusal of malformed encodedList text.
#include "vc/status/bitstring.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <random>
#include <set>
#include <string>

#include "crypto/base64url.h"
#include "vc/status/gzip.h"

namespace cairn::vc::status {
namespace {

// Section 2.2, Example 3 (and A.2): a list of 131,072 statuses, none set.
constexpr std::string_view kSpecExampleList =
    "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

Bitstring minimum_list(unsigned status_size = 1) {
  Result<Bitstring> list = Bitstring::create(Bitstring::kMinimumEntries, status_size);
  EXPECT_TRUE(list.ok()) << list.error().to_string();
  return std::move(list).value();
}

std::size_t count_set_bits(const Bitstring& list) {
  std::size_t count = 0;
  for (const std::uint8_t byte : list.bytes()) count += std::popcount(byte);
  return count;
}

TEST(BitstringTest, IndexZeroIsTheMostSignificantBitOfTheFirstByte) {
  Bitstring list = minimum_list();
  list.set_bit(0, true);
  EXPECT_EQ(list.bytes()[0], 0x80);
  list.set_bit(7, true);
  EXPECT_EQ(list.bytes()[0], 0x81);
  list.set_bit(8, true);
  EXPECT_EQ(list.bytes()[1], 0x80);
  EXPECT_TRUE(list.bit(0));
  EXPECT_FALSE(list.bit(1));
  list.set_bit(0, false);
  EXPECT_EQ(list.bytes()[0], 0x01);
}

TEST(BitstringTest, LastIndexIsTheLeastSignificantBitOfTheLastByte) {
  Bitstring list = minimum_list();
  ASSERT_EQ(list.bit_count(), 131072u);
  list.set_bit(131071, true);
  EXPECT_EQ(list.bytes().back(), 0x01);
  EXPECT_THROW(list.set_bit(131072, true), std::out_of_range);
  EXPECT_THROW((void)list.bit(131072), std::out_of_range);
}

TEST(BitstringTest, CreateRefusesFewerThanTheMinimumEntries) {
  const Result<Bitstring> small = Bitstring::create(131071);
  ASSERT_FALSE(small.ok());
  EXPECT_EQ(small.error().code, "invalid status list");
  EXPECT_FALSE(Bitstring::create(1000).ok());
  EXPECT_FALSE(Bitstring::create(Bitstring::kMinimumEntries, 0).ok());
  EXPECT_FALSE(Bitstring::create(Bitstring::kMinimumEntries, 33).ok());
}

TEST(BitstringTest, CreateRefusesAListItCouldNotReadBack) {
  StatusLimits limits;
  limits.max_decompressed_bytes = 16384;
  EXPECT_TRUE(Bitstring::create(131072, 1, limits).ok());
  EXPECT_FALSE(Bitstring::create(131073, 1, limits).ok());
  EXPECT_FALSE(Bitstring::create(131072, 2, limits).ok());
}

TEST(BitstringTest, MultiBitStatusesAreReadMostSignificantBitFirst) {
  Bitstring list = minimum_list(2);
  EXPECT_EQ(list.bit_count(), 2u * 131072u);
  ASSERT_TRUE(list.set_status(0, 2, 3).ok());
  EXPECT_EQ(list.bytes()[0], 0xC0);
  ASSERT_TRUE(list.set_status(1, 2, 1).ok());
  EXPECT_EQ(list.bytes()[0], 0xD0);
  ASSERT_TRUE(list.set_status(3, 2, 2).ok());
  EXPECT_EQ(list.bytes()[0], 0xD2);
  EXPECT_EQ(list.status(0, 2).value(), 3u);
  EXPECT_EQ(list.status(1, 2).value(), 1u);
  EXPECT_EQ(list.status(2, 2).value(), 0u);
  EXPECT_EQ(list.status(3, 2).value(), 2u);
  EXPECT_EQ(list.set_status(4, 2, 4).error().code, "invalid status value");
}

TEST(BitstringTest, StatusOutsideTheListIsARangeError) {
  const Bitstring list = minimum_list();
  EXPECT_TRUE(list.status(131071, 1).ok());
  EXPECT_EQ(list.status(131072, 1).error().code, "RANGE_ERROR");
  // 131,072 bits hold 65,536 two-bit entries; 43,690 three-bit entries (2 bits left over).
  EXPECT_EQ(list.status(65536, 2).error().code, "RANGE_ERROR");
  EXPECT_TRUE(list.status(43689, 3).ok());
  EXPECT_EQ(list.status(43690, 3).error().code, "RANGE_ERROR");
  EXPECT_EQ(list.status(0, 0).error().code, "invalid status size");
  EXPECT_EQ(list.status(~std::uint64_t{0}, 1).error().code, "RANGE_ERROR");
}

TEST(BitstringTest, DecodesTheSpecificationsExampleList) {
  const Result<Bitstring> list = Bitstring::decode(kSpecExampleList, {});
  ASSERT_TRUE(list.ok()) << list.error().to_string();
  EXPECT_EQ(list->bit_count(), 131072u);
  EXPECT_EQ(count_set_bits(*list), 0u);
}

TEST(BitstringTest, DecodesTheStatusList2021FormWithoutMultibasePrefix) {
  // StatusList2021 (W3C CCG) writes the same GZIP base64url without the 'u'.
  const Result<Bitstring> list = Bitstring::decode(kSpecExampleList.substr(1), {});
  ASSERT_TRUE(list.ok()) << list.error().to_string();
  EXPECT_EQ(list->bit_count(), 131072u);
}

void expect_round_trip(std::uint64_t entries, std::size_t set_count) {
  Result<Bitstring> created = Bitstring::create(entries);
  ASSERT_TRUE(created.ok());
  Bitstring& list = *created;
  std::mt19937_64 random(entries);
  std::set<std::uint64_t> set_indices{0, entries - 1};
  while (set_indices.size() < set_count) set_indices.insert(random() % entries);
  for (const std::uint64_t index : set_indices) list.set_bit(index, true);

  const std::string encoded = list.encode();
  ASSERT_EQ(encoded.front(), 'u');
  const Result<Bitstring> decoded = Bitstring::decode(encoded, {});
  ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
  EXPECT_EQ(decoded->bit_count(), entries);
  EXPECT_EQ(count_set_bits(*decoded), set_indices.size());
  for (const std::uint64_t index : set_indices) EXPECT_TRUE(decoded->bit(index)) << index;
  EXPECT_TRUE(std::equal(list.bytes().begin(), list.bytes().end(), decoded->bytes().begin(),
                         decoded->bytes().end()));
}

TEST(BitstringTest, RoundTripsTheMinimumList) { expect_round_trip(131072, 100); }

TEST(BitstringTest, RoundTripsAMillionEntries) { expect_round_trip(1 << 20, 5000); }

TEST(BitstringTest, EncodingIsDeterministic) {
  Bitstring list = minimum_list();
  list.set_bit(42, true);
  EXPECT_EQ(list.encode(), list.encode());
}

TEST(BitstringTest, RefusesMalformedText) {
  EXPECT_EQ(Bitstring::decode("", {}).error().code, "invalid status list");
  EXPECT_EQ(Bitstring::decode("u", {}).error().code, "invalid status list");
  // '+' and '/' are the standard alphabet; padding is not base64url without padding.
  EXPECT_EQ(Bitstring::decode("uH4sI+AAAA", {}).error().code, "invalid status list");
  EXPECT_EQ(Bitstring::decode(std::string(kSpecExampleList) + "==", {}).error().code,
            "invalid status list");
  // Well-formed base64url, but not GZIP.
  const std::vector<std::uint8_t> text{'n', 'o', 't', ' ', 'g', 'z', 'i', 'p'};
  const Result<Bitstring> not_gzip = Bitstring::decode("u" + crypto::encode_base64url(text), {});
  ASSERT_FALSE(not_gzip.ok());
  EXPECT_EQ(not_gzip.error().code, "invalid status list");
  EXPECT_NE(not_gzip.error().message.find("GZIP"), std::string::npos);
}

TEST(BitstringTest, RefusesTruncatedAndTrailingGzip) {
  const std::vector<std::uint8_t> zeros(16384, 0);
  std::vector<std::uint8_t> compressed = gzip_compress(zeros);
  std::vector<std::uint8_t> truncated(compressed.begin(), compressed.end() - 4);
  const Result<Bitstring> cut = Bitstring::decode("u" + crypto::encode_base64url(truncated), {});
  ASSERT_FALSE(cut.ok());
  EXPECT_EQ(cut.error().code, "invalid status list");

  std::vector<std::uint8_t> trailing = compressed;
  trailing.push_back(0);
  const Result<Bitstring> extra = Bitstring::decode("u" + crypto::encode_base64url(trailing), {});
  ASSERT_FALSE(extra.ok());
  EXPECT_EQ(extra.error().code, "invalid status list");

  std::vector<std::uint8_t> corrupt = compressed;
  corrupt[corrupt.size() - 6] ^= 0xFF;  // inside the CRC-32
  EXPECT_FALSE(Bitstring::decode("u" + crypto::encode_base64url(corrupt), {}).ok());
}

TEST(BitstringTest, RefusesAnEmptyBitstring) {
  const Result<Bitstring> empty =
      Bitstring::decode("u" + crypto::encode_base64url(gzip_compress({})), {});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, "invalid status list");
}

TEST(BitstringTest, RefusesTextBeyondTheCompressedLimit) {
  StatusLimits limits;
  limits.max_compressed_bytes = 30;
  const Result<Bitstring> list = Bitstring::decode(kSpecExampleList, limits);
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().code, "limit exceeded");
  limits.max_compressed_bytes = 64;
  EXPECT_TRUE(Bitstring::decode(kSpecExampleList, limits).ok());
}

}  // namespace
}  // namespace cairn::vc::status
