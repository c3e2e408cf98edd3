// Reading PNG text chunks (tEXt, zTXt, iTXt) as far as baking needs (internal to cairn_media).
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "media/image_limits.h"
#include "media/png_chunks.h"

namespace cairn::media {

// Returns the keyword of a tEXt, zTXt or iTXt chunk (the 1 to 79 bytes before the first NUL), or
// std::nullopt for any other chunk or a text chunk without a well-formed keyword.
std::optional<std::string_view> png_text_keyword(const PngChunk& chunk);

// Returns the text of an iTXt chunk: the bytes after the language tag and translated keyword,
// inflated when the compression flag is 1. Inflating stops as soon as the output would pass
// limits.max_credential_bytes, so a zlib bomb costs at most that much memory. Throws
// cairn::Failure: "limit exceeded" when the chunk is over max_credential_chunk_bytes or its text
// over max_credential_bytes; "invalid PNG" for a malformed chunk or zlib stream.
// Precondition: chunk.type == "iTXt".
std::string read_itxt_text(const PngChunk& chunk, const ImageLimits& limits);

}  // namespace cairn::media
