// A "gzip bomb": a small encodedList that expands to far more than any status list. Built here
// with zlib: 1 GiB of zeros as GZIP is about 1 MB. Decoding must stop at the decompressed cap
// with a clear error, without producing the gigabyte.
#include <gtest/gtest.h>
#include <zlib.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "crypto/base64url.h"
#include "vc/status/bitstring.h"

namespace cairn::vc::status {
namespace {

constexpr std::size_t kMebibyte = 1 << 20;

using Bytes = std::vector<std::uint8_t>;

// Appends with resize + memcpy: GCC 12 at -O3 warns falsely (-Warray-bounds,
// -Wstringop-overflow) about vector::insert here.
void append(Bytes& out, std::span<const std::uint8_t> bytes) {
  if (bytes.empty()) return;
  const std::size_t at = out.size();
  out.resize(at + bytes.size());
  std::memcpy(out.data() + at, bytes.data(), bytes.size());
}

// Raw DEFLATE of `input` fed in one call with `flush`, appended to `out`.
void deflate_into(z_stream& stream, std::span<const std::uint8_t> input, int flush, Bytes& out) {
  stream.next_in = const_cast<Bytef*>(input.data());
  stream.avail_in = static_cast<uInt>(input.size());
  std::array<std::uint8_t, 1 << 16> chunk;
  do {
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    ASSERT_NE(deflate(&stream, flush), Z_STREAM_ERROR);
    append(out, std::span(chunk).first(chunk.size() - stream.avail_out));
  } while (stream.avail_out == 0);
}

void append_little_endian(Bytes& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

// GZIP of `mebibytes` MiB of zeros, built without deflating them all: after Z_FULL_FLUSH the
// compressor forgets its history, so the DEFLATE blocks for one MiB of zeros can be repeated
// as they are; the CRC-32 of the whole is combined from the CRC-32 of one MiB.
Bytes gzip_of_zero_mebibytes(std::uint32_t mebibytes) {
  static const std::vector<std::uint8_t> kZeros(kMebibyte, 0);
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY),
            Z_OK);
  Bytes first, repeated, last;
  deflate_into(stream, kZeros, Z_FULL_FLUSH, first);
  deflate_into(stream, kZeros, Z_FULL_FLUSH, repeated);
  deflate_into(stream, {}, Z_FINISH, last);
  deflateEnd(&stream);

  constexpr std::uint8_t kHeader[] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};  // RFC 1952
  Bytes gzip;
  append(gzip, kHeader);
  append(gzip, first);
  const uLong crc_of_mebibyte = crc32(crc32(0, nullptr, 0), kZeros.data(), kMebibyte);
  uLong crc = crc_of_mebibyte;
  for (std::uint32_t i = 1; i < mebibytes; ++i) {
    append(gzip, repeated);
    crc = crc32_combine(crc, crc_of_mebibyte, kMebibyte);
  }
  append(gzip, last);
  append_little_endian(gzip, static_cast<std::uint32_t>(crc));
  append_little_endian(gzip, static_cast<std::uint32_t>(std::uint64_t{mebibytes} * kMebibyte));
  return gzip;
}

std::string encoded_list(const Bytes& gzip) { return "u" + crypto::encode_base64url(gzip); }

TEST(GzipBombTest, TheConstructionIsValidGzip) {
  StatusLimits limits;
  limits.max_decompressed_bytes = 4 * kMebibyte;
  const Result<Bitstring> list = Bitstring::decode(encoded_list(gzip_of_zero_mebibytes(4)), limits);
  ASSERT_TRUE(list.ok()) << list.error().to_string();
  EXPECT_EQ(list->bit_count(), 4u * 8 * kMebibyte);
}

TEST(GzipBombTest, OneGibibyteOfZerosIsRefusedAtTheDecompressedCap) {
  const Bytes bomb = gzip_of_zero_mebibytes(1024);
  ASSERT_LT(bomb.size(), 2 * kMebibyte);  // well within the compressed limit
  const Result<Bitstring> list = Bitstring::decode(encoded_list(bomb), StatusLimits{});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().code, "limit exceeded");
  EXPECT_NE(list.error().message.find(std::to_string(StatusLimits{}.max_decompressed_bytes)),
            std::string::npos)
      << list.error().message;
}

TEST(GzipBombTest, TheCapIsExact) {
  StatusLimits limits;
  limits.max_decompressed_bytes = kMebibyte;
  const Result<Bitstring> at_cap =
      Bitstring::decode(encoded_list(gzip_of_zero_mebibytes(1)), limits);
  ASSERT_TRUE(at_cap.ok()) << at_cap.error().to_string();
  EXPECT_EQ(at_cap->bit_count(), 8 * kMebibyte);

  limits.max_decompressed_bytes = kMebibyte - 1;
  const Result<Bitstring> past_cap =
      Bitstring::decode(encoded_list(gzip_of_zero_mebibytes(1)), limits);
  ASSERT_FALSE(past_cap.ok());
  EXPECT_EQ(past_cap.error().code, "limit exceeded");
}

}  // namespace
}  // namespace cairn::vc::status
