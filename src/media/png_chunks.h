// PNG chunk walking and writing, at the chunk level only (internal to cairn_media).
//
// Why not libpng: baking needs the chunk list, not pixels. libpng reaches chunks that follow the
// image data (where text chunks usually sit) only by decoding the whole IDAT stream, which costs
// time and memory in proportion to the pixel count an attacker chooses, and its text-chunk
// limits are process-wide settings. Walking chunks ourselves is ~100 lines with every bound in
// ImageLimits; zlib's crc32 checks each chunk (PNG uses the same CRC-32 as zlib).
//
// Thread-safety: pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "media/image_limits.h"

namespace cairn::media {

inline constexpr std::array<std::uint8_t, 8> kPngSignature = {0x89, 'P',  'N',  'G',
                                                              0x0D, 0x0A, 0x1A, 0x0A};

struct PngChunk {
  std::string_view type;               // four ASCII letters, a view into the image
  std::span<const std::uint8_t> data;  // a view into the image
  std::size_t offset = 0;              // where the chunk's length field starts in the image
};

// Returns the chunks in file order after checking the signature, every length (below 2^31, within
// the file), type (four ASCII letters) and CRC, IHDR first (13 bytes), at least one IDAT, IEND
// last (empty) with nothing after it, and the limits max_image_bytes and max_png_chunks. Throws
// cairn::Failure with code "invalid PNG" or "limit exceeded" naming the chunk and its offset.
std::vector<PngChunk> read_png_chunks(std::span<const std::uint8_t> png, const ImageLimits& limits);

// Appends a whole chunk (length, type, data, CRC) to `out`; throws cairn::Failure "limit
// exceeded" when data.size() is not below 2^31. Precondition: type is four ASCII letters.
void append_png_chunk(std::vector<std::uint8_t>& out, std::string_view type,
                      std::span<const std::uint8_t> data);

}  // namespace cairn::media
