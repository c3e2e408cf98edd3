// Base64 (RFC 4648): the URL-safe alphabet without padding (section 5), the form of JWS, JWK and
// multibase 'u'; and the standard alphabet (section 4) for reading data published in it.
//
// Decoding is strict so that one byte string has exactly one text: no whitespace, no characters
// outside the alphabet, no impossible lengths, and the unused low bits of the last character
// must be zero (RFC 4648 section 3.5 allows refusing them; accepting them would let a signature
// or key be written several ways).
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

// Returns the base64url text of `bytes`, without '=' padding. Never fails.
std::string encode_base64url(std::span<const std::uint8_t> bytes);

// Returns the bytes `text` encodes, or Error "invalid base64url" for '=' padding, '+', '/', any
// other character outside [A-Za-z0-9_-], a length that leaves 1 character over a multiple of 4,
// non-zero unused bits, or more than `max_bytes` decoded bytes (checked before decoding).
Result<Bytes> decode_base64url(std::string_view text, std::size_t max_bytes = 1 << 26);

// Returns the bytes of standard-alphabet base64 `text` ([A-Za-z0-9+/]), with or without '='
// padding (when present it must complete the last group of four), or Error "invalid base64" for
// anything else, non-zero unused bits, or more than `max_bytes` decoded bytes.
Result<Bytes> decode_base64(std::string_view text, std::size_t max_bytes);

}  // namespace cairn::crypto
