// Multibase: a byte string written as text with a one-character prefix naming its encoding.
// Cairn reads and writes the two encodings Data Integrity and Bitstring Status List use:
// 'z' base58btc (keys, signatures) and 'u' base64url without padding (status lists).
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

enum class Multibase {
  kBase58Btc,  // 'z'
  kBase64Url,  // 'u'
};

// Returns the prefix character followed by the encoded `bytes`. Never fails.
std::string encode_multibase(Multibase encoding, std::span<const std::uint8_t> bytes);

// Returns the bytes `text` encodes, or Error "invalid multibase" when it is empty, its prefix is
// not 'z' or 'u' (the message names the prefix), the rest is not valid in that encoding, or it
// decodes to more than `max_bytes` (for 'z' also at most kMaxBase58DecodedBytes, see base58.h).
Result<Bytes> decode_multibase(std::string_view text, std::size_t max_bytes = 1 << 26);

}  // namespace cairn::crypto
