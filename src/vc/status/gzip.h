// GZIP (RFC 1952) compression and bounded decompression, the container Bitstring Status List
// puts its bitstring in.
//
// Decompression inflates in fixed-size chunks and stops as soon as the output would pass the
// caller's cap, so a stream that expands to gigabytes costs at most `max_output` bytes of memory
// and the work to produce them.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "common/result.h"
#include "crypto/bytes.h"

namespace cairn::vc::status {

// Returns `data` as one GZIP member (best compression, no file name, modification time 0, so the
// same input always gives the same bytes). Throws std::bad_alloc when out of memory.
crypto::Bytes gzip_compress(std::span<const std::uint8_t> data);

// Returns the bytes of the single GZIP member `compressed`, or Error "invalid gzip" (bad header,
// corrupt data, CRC or length mismatch, truncated stream, bytes after the member) or "limit
// exceeded" (the output passes `max_output` bytes; decompression stops there).
Result<crypto::Bytes> gzip_decompress(std::span<const std::uint8_t> compressed,
                                      std::size_t max_output);

}  // namespace cairn::vc::status
