#include "vc/status/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <limits>
#include <new>
#include <stdexcept>
#include <string>

namespace cairn::vc::status {

namespace {

// windowBits 15 plus 16 asks zlib for a GZIP header and trailer instead of the zlib wrapper.
constexpr int kGzipWindowBits = 15 + 16;
constexpr int kDefaultMemLevel = 8;
constexpr std::size_t kChunkBytes = 64 * 1024;

// zlib counts input in uInt (32 bits); longer inputs are fed in slices of at most this size.
constexpr std::size_t kMaxSlice = std::numeric_limits<uInt>::max();

// Owns a z_stream and ends it however the function leaves.
class Deflater {
 public:
  Deflater() {
    if (deflateInit2(&stream_, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindowBits, kDefaultMemLevel,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
      throw std::bad_alloc();
    }
  }
  ~Deflater() { deflateEnd(&stream_); }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;
  z_stream& stream() { return stream_; }

 private:
  z_stream stream_{};
};

class Inflater {
 public:
  Inflater() {
    if (inflateInit2(&stream_, kGzipWindowBits) != Z_OK) throw std::bad_alloc();
  }
  ~Inflater() { inflateEnd(&stream_); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  z_stream& stream() { return stream_; }

 private:
  z_stream stream_{};
};

// zlib's API takes non-const input pointers but does not write through them.
Bytef* zlib_input(const std::uint8_t* data) { return const_cast<Bytef*>(data); }

Error invalid_gzip(const std::string& why) { return {"invalid gzip", why}; }

}  // namespace

crypto::Bytes gzip_compress(std::span<const std::uint8_t> data) {
  Deflater deflater;
  z_stream& stream = deflater.stream();
  crypto::Bytes out;
  std::array<std::uint8_t, kChunkBytes> chunk;
  std::size_t consumed = 0;
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    if (stream.avail_in == 0 && consumed < data.size()) {
      const std::size_t slice = std::min(kMaxSlice, data.size() - consumed);
      stream.next_in = zlib_input(data.data() + consumed);
      stream.avail_in = static_cast<uInt>(slice);
      consumed += slice;
    }
    const int flush = consumed == data.size() ? Z_FINISH : Z_NO_FLUSH;
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    status = deflate(&stream, flush);
    if (status == Z_STREAM_ERROR) throw std::logic_error("zlib deflate: stream error");
    out.insert(out.end(), chunk.data(), chunk.data() + (chunk.size() - stream.avail_out));
  }
  return out;
}

Result<crypto::Bytes> gzip_decompress(std::span<const std::uint8_t> compressed,
                                      std::size_t max_output) {
  Inflater inflater;
  z_stream& stream = inflater.stream();
  crypto::Bytes out;
  std::array<std::uint8_t, kChunkBytes> chunk;
  std::size_t consumed = 0;
  for (;;) {
    if (stream.avail_in == 0 && consumed < compressed.size()) {
      const std::size_t slice = std::min(kMaxSlice, compressed.size() - consumed);
      stream.next_in = zlib_input(compressed.data() + consumed);
      stream.avail_in = static_cast<uInt>(slice);
      consumed += slice;
    }
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    const int status = inflate(&stream, Z_NO_FLUSH);
    const std::size_t produced = chunk.size() - stream.avail_out;
    if (produced > max_output - out.size()) {
      return Error{"limit exceeded",
                   "the GZIP data expands to more than " + std::to_string(max_output) + " bytes"};
    }
    out.insert(out.end(), chunk.data(), chunk.data() + produced);
    switch (status) {
      case Z_STREAM_END:
        if (stream.avail_in != 0 || consumed != compressed.size()) {
          return invalid_gzip("bytes follow the end of the GZIP stream");
        }
        return out;
      case Z_OK:
        break;
      case Z_BUF_ERROR:
        // No progress possible: with all input given, the stream ended early.
        if (stream.avail_in == 0 && consumed == compressed.size()) {
          return invalid_gzip("the GZIP stream is truncated");
        }
        break;
      case Z_MEM_ERROR:
        throw std::bad_alloc();
      default:
        return invalid_gzip(stream.msg != nullptr ? stream.msg : "corrupt GZIP data");
    }
  }
}

}  // namespace cairn::vc::status
