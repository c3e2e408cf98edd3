#include "media/png_chunks.h"

#include <zlib.h>

#include <algorithm>
#include <string>

#include "common/result.h"
#include "media/media_errors.h"

namespace cairn::media {
namespace {

constexpr std::uint32_t kMaxChunkLength = 0x7FFFFFFF;  // PNG: lengths are below 2^31
constexpr std::size_t kChunkOverhead = 12;             // length, type, CRC
constexpr std::size_t kIhdrLength = 13;

[[noreturn]] void fail_invalid_png(const std::string& message) {
  throw Failure(std::string(error_code::kInvalidPng), message);
}

std::uint32_t read_big_endian(std::span<const std::uint8_t> bytes) {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
         (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

void append_big_endian(std::vector<std::uint8_t>& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<std::uint8_t>(value >> shift));
}

bool is_chunk_type(std::string_view type) {
  return std::all_of(type.begin(), type.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

// CRC-32 of the type and data bytes, which are contiguous in a PNG.
std::uint32_t chunk_crc(std::span<const std::uint8_t> type_and_data) {
  // Lengths are below 2^31, so they fit zlib's uInt.
  return static_cast<std::uint32_t>(
      crc32(crc32(0L, Z_NULL, 0), type_and_data.data(), static_cast<uInt>(type_and_data.size())));
}

std::string at(std::size_t offset) { return " at byte " + std::to_string(offset); }

void check_order(const std::vector<PngChunk>& chunks) {
  if (chunks.empty() || chunks.front().type != "IHDR")
    fail_invalid_png("the first chunk is not IHDR");
  if (chunks.front().data.size() != kIhdrLength) fail_invalid_png("IHDR is not 13 bytes long");
  bool has_image_data = false;
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    if (chunks[i].type == "IHDR") fail_invalid_png("a second IHDR chunk" + at(chunks[i].offset));
    if (chunks[i].type == "IDAT") has_image_data = true;
  }
  if (!has_image_data) fail_invalid_png("no IDAT chunk");
}

}  // namespace

std::vector<PngChunk> read_png_chunks(std::span<const std::uint8_t> png,
                                      const ImageLimits& limits) {
  if (png.size() > limits.max_image_bytes) {
    throw Failure(std::string(error_code::kLimitExceeded),
                  "image is " + std::to_string(png.size()) + " bytes, more than the limit of " +
                      std::to_string(limits.max_image_bytes));
  }
  if (png.size() < kPngSignature.size() ||
      !std::equal(kPngSignature.begin(), kPngSignature.end(), png.begin())) {
    fail_invalid_png("no PNG signature");
  }
  std::vector<PngChunk> chunks;
  std::size_t offset = kPngSignature.size();
  while (true) {
    if (offset == png.size()) fail_invalid_png("the file ends without an IEND chunk");
    if (png.size() - offset < kChunkOverhead) fail_invalid_png("truncated chunk" + at(offset));
    const std::uint32_t length = read_big_endian(png.subspan(offset, 4));
    if (length > kMaxChunkLength) {
      fail_invalid_png("chunk length " + std::to_string(length) + " is not below 2^31" +
                       at(offset));
    }
    if (png.size() - offset - kChunkOverhead < length) {
      fail_invalid_png("chunk of " + std::to_string(length) + " bytes runs past the end" +
                       at(offset));
    }
    if (chunks.size() == limits.max_png_chunks) {
      throw Failure(std::string(error_code::kLimitExceeded),
                    "PNG has more than " + std::to_string(limits.max_png_chunks) + " chunks");
    }
    const std::span<const std::uint8_t> type_and_data = png.subspan(offset + 4, 4 + length);
    const std::string_view type(reinterpret_cast<const char*>(type_and_data.data()), 4);
    if (!is_chunk_type(type)) fail_invalid_png("chunk type is not four ASCII letters" + at(offset));
    const std::uint32_t stored_crc = read_big_endian(png.subspan(offset + 8 + length, 4));
    if (stored_crc != chunk_crc(type_and_data)) {
      fail_invalid_png("CRC mismatch in chunk " + std::string(type) + at(offset));
    }
    chunks.push_back({type, type_and_data.subspan(4), offset});
    offset += kChunkOverhead + length;
    if (type == "IEND") break;
  }
  if (!chunks.back().data.empty()) fail_invalid_png("IEND chunk is not empty");
  if (offset != png.size()) {
    fail_invalid_png(std::to_string(png.size() - offset) + " bytes after the IEND chunk");
  }
  check_order(chunks);
  return chunks;
}

void append_png_chunk(std::vector<std::uint8_t>& out, std::string_view type,
                      std::span<const std::uint8_t> data) {
  if (data.size() > kMaxChunkLength) {
    throw Failure(std::string(error_code::kLimitExceeded),
                  "a PNG chunk holds less than 2^31 bytes");
  }
  append_big_endian(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t type_offset = out.size();
  out.insert(out.end(), type.begin(), type.end());
  out.insert(out.end(), data.begin(), data.end());
  append_big_endian(out, chunk_crc(std::span<const std::uint8_t>(out).subspan(type_offset)));
}

}  // namespace cairn::media
