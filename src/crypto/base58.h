// Base58btc (the Bitcoin alphabet), as draft-msporny-base58 specifies it: the encoding of
// multibase 'z', of Multikey values and did:key identifiers.
//
// Each leading zero byte is written as one '1'; the rest is the big-endian number in base 58.
// Both directions take time quadratic in the length, which is fine for keys and signatures (tens
// of bytes) and is why decoding refuses more than kMaxBase58DecodedBytes whatever the caller
// asks for: hostile input cannot make it run for long.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "common/result.h"
#include "crypto/bytes.h"

namespace cairn::crypto {

// The most bytes decode_base58btc returns (about 22,000 characters of input).
inline constexpr std::size_t kMaxBase58DecodedBytes = 16u << 10;

// Returns the base58btc text of `bytes` ("" for no bytes). Never fails.
std::string encode_base58btc(std::span<const std::uint8_t> bytes);

// Returns the bytes `text` encodes, or Error "invalid base58" when it holds a character outside
// the alphabet (the message names it and its offset) or would decode to more than
// min(max_bytes, kMaxBase58DecodedBytes) bytes. The empty text decodes to no bytes.
Result<Bytes> decode_base58btc(std::string_view text, std::size_t max_bytes = 1 << 20);

}  // namespace cairn::crypto
