#include "png_test_support.h"

#include <zlib.h>

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace cairn::media::testing {
namespace {

void append_u32(Bytes& out, std::uint32_t value) {
  out.push_back(static_cast<std::uint8_t>(value >> 24));
  out.push_back(static_cast<std::uint8_t>(value >> 16));
  out.push_back(static_cast<std::uint8_t>(value >> 8));
  out.push_back(static_cast<std::uint8_t>(value));
}

}  // namespace

Bytes png_chunk(std::string_view type, std::string_view data) {
  // Sized up front and filled with copy: GCC 12 at -O3 warns falsely (-Wstringop-overread)
  // about vector::insert from a string_view here.
  Bytes chunk;
  chunk.reserve(12 + type.size() + data.size());
  append_u32(chunk, static_cast<std::uint32_t>(data.size()));
  chunk.resize(4 + type.size() + data.size());
  std::copy(type.begin(), type.end(), chunk.begin() + 4);
  std::copy(data.begin(), data.end(), chunk.begin() + 4 + static_cast<std::ptrdiff_t>(type.size()));
  const uLong crc = crc32(0L, chunk.data() + 4, static_cast<uInt>(4 + data.size()));
  append_u32(chunk, static_cast<std::uint32_t>(crc));
  return chunk;
}

std::string zlib_compress(std::string_view data) {
  uLongf size = compressBound(data.size());
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(data.data()), data.size(), 9) != Z_OK) {
    throw std::runtime_error("compress2 failed");
  }
  out.resize(size);
  return out;
}

Bytes tiny_png() {
  Bytes png = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  // width 2, height 2, bit depth 8, colour type 0 (grey), compression, filter, interlace 0.
  const std::string ihdr("\0\0\0\2\0\0\0\2\x08\0\0\0\0", 13);
  // Each row: filter type 0, then two pixels.
  const std::string rows("\0\x00\x40\0\x80\xFF", 6);
  for (const Bytes& chunk :
       {png_chunk("IHDR", ihdr), png_chunk("IDAT", zlib_compress(rows)), png_chunk("IEND", "")}) {
    png.insert(png.end(), chunk.begin(), chunk.end());
  }
  return png;
}

std::string itxt_data(std::string_view keyword, std::string_view text, bool compressed) {
  std::string data(keyword);
  data += '\0';
  data += compressed ? '\1' : '\0';
  data += '\0';  // method: zlib
  data += '\0';  // empty language tag
  data += '\0';  // empty translated keyword
  data += compressed ? zlib_compress(text) : std::string(text);
  return data;
}

Bytes insert_before_iend(const Bytes& png, const Bytes& chunk) {
  Bytes out(png.begin(), png.end() - 12);
  out.insert(out.end(), chunk.begin(), chunk.end());
  out.insert(out.end(), png.end() - 12, png.end());
  return out;
}

Bytes read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string_view as_text(const Bytes& bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

}  // namespace cairn::media::testing
