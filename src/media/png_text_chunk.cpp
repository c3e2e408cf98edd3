#include "media/png_text_chunk.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <span>

#include "common/result.h"
#include "media/media_errors.h"

namespace cairn::media {
namespace {

constexpr std::size_t kMaxKeywordBytes = 79;
constexpr std::size_t kInflateStep = 64u << 10;

std::string_view as_text(std::span<const std::uint8_t> bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

[[noreturn]] void fail_invalid_text_chunk(std::string_view keyword, const std::string& what) {
  throw Failure(std::string(error_code::kInvalidPng),
                "iTXt chunk \"" + std::string(keyword) + "\": " + what);
}

[[noreturn]] void fail_text_limit(std::string_view keyword, const ImageLimits& limits) {
  throw Failure(std::string(error_code::kLimitExceeded),
                "iTXt chunk \"" + std::string(keyword) + "\" holds more than " +
                    std::to_string(limits.max_credential_bytes) + " bytes of text");
}

// Splits off the NUL-terminated field at the front of `rest`.
std::string_view take_field(std::string_view& rest, std::string_view keyword, const char* name) {
  const std::size_t end = rest.find('\0');
  if (end == std::string_view::npos)
    fail_invalid_text_chunk(keyword, std::string("no NUL after the ") + name);
  const std::string_view field = rest.substr(0, end);
  rest.remove_prefix(end + 1);
  return field;
}

// Inflates a zlib stream into at most limits.max_credential_bytes bytes.
std::string inflate_capped(std::string_view compressed, std::string_view keyword,
                           const ImageLimits& limits) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) fail_invalid_text_chunk(keyword, "zlib could not start");
  struct InflateEnd {
    z_stream* stream;
    ~InflateEnd() { inflateEnd(stream); }
  } inflate_end{&stream};
  // Chunk sizes are below 2^31, so they fit zlib's uInt.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::string text;
  // One byte past the cap tells "exactly at the cap" from "over it".
  const std::size_t capacity = limits.max_credential_bytes + 1;
  while (true) {
    if (text.size() == capacity) fail_text_limit(keyword, limits);
    const std::size_t produced = text.size();
    text.resize(std::min(capacity, produced + kInflateStep));
    stream.next_out = reinterpret_cast<Bytef*>(text.data() + produced);
    stream.avail_out = static_cast<uInt>(text.size() - produced);
    const int status = inflate(&stream, Z_NO_FLUSH);
    text.resize(text.size() - stream.avail_out);
    if (status == Z_STREAM_END) break;
    if (status == Z_BUF_ERROR && stream.avail_in == 0)
      fail_invalid_text_chunk(keyword, "truncated zlib data");
    if (status != Z_OK && status != Z_BUF_ERROR) {
      fail_invalid_text_chunk(keyword,
                              std::string("bad zlib data: ") + (stream.msg ? stream.msg : "?"));
    }
  }
  if (text.size() > limits.max_credential_bytes) fail_text_limit(keyword, limits);
  if (stream.avail_in != 0) fail_invalid_text_chunk(keyword, "bytes after the zlib stream");
  return text;
}

}  // namespace

std::optional<std::string_view> png_text_keyword(const PngChunk& chunk) {
  if (chunk.type != "tEXt" && chunk.type != "zTXt" && chunk.type != "iTXt") return std::nullopt;
  const std::string_view data = as_text(chunk.data);
  const std::size_t end = data.substr(0, kMaxKeywordBytes + 1).find('\0');
  if (end == 0 || end == std::string_view::npos) return std::nullopt;
  return data.substr(0, end);
}

std::string read_itxt_text(const PngChunk& chunk, const ImageLimits& limits) {
  std::string_view rest = as_text(chunk.data);
  const std::string_view keyword = take_field(rest, "?", "keyword");
  if (chunk.data.size() > limits.max_credential_chunk_bytes) {
    throw Failure(std::string(error_code::kLimitExceeded),
                  "iTXt chunk \"" + std::string(keyword) + "\" is " +
                      std::to_string(chunk.data.size()) + " bytes, more than the limit of " +
                      std::to_string(limits.max_credential_chunk_bytes));
  }
  if (rest.size() < 2) fail_invalid_text_chunk(keyword, "no compression flag and method");
  const char compression_flag = rest[0];
  const char compression_method = rest[1];
  rest.remove_prefix(2);
  take_field(rest, keyword, "language tag");
  take_field(rest, keyword, "translated keyword");
  if (compression_flag == 0) {
    if (rest.size() > limits.max_credential_bytes) fail_text_limit(keyword, limits);
    return std::string(rest);
  }
  if (compression_flag != 1)
    fail_invalid_text_chunk(keyword, "compression flag is neither 0 nor 1");
  if (compression_method != 0)
    fail_invalid_text_chunk(keyword, "compression method is not zlib (0)");
  return inflate_capped(rest, keyword, limits);
}

}  // namespace cairn::media
