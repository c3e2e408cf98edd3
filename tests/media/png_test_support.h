// PNG building blocks for the media tests, written from the PNG specification with zlib only,
// independently of src/media, so a test's input never comes from the code under test.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::media::testing {

using Bytes = std::vector<std::uint8_t>;

// A valid 2x2 8-bit greyscale PNG (IHDR, one IDAT, IEND) whose pixels are 0, 64, 128, 255.
Bytes tiny_png();

// One whole chunk: big-endian length, type, data, CRC-32 of type and data.
Bytes png_chunk(std::string_view type, std::string_view data);

// The data of an iTXt chunk: keyword, NUL, compression flag and method 0, empty language tag
// and translated keyword, then `text` (zlib-compressed first when `compressed`).
std::string itxt_data(std::string_view keyword, std::string_view text, bool compressed = false);

// The PNG with `chunk` (a whole chunk) inserted just before its last 12 bytes (IEND).
Bytes insert_before_iend(const Bytes& png, const Bytes& chunk);

// zlib's compress2 at level 9.
std::string zlib_compress(std::string_view data);

// The file's bytes; empty when it cannot be read.
Bytes read_file(const std::string& path);

std::string_view as_text(const Bytes& bytes);

}  // namespace cairn::media::testing
