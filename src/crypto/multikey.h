// Multikey encodings of Ed25519 keys (Controlled Identifiers 1.0, "Multikey"): multibase
// base58btc ('z') of a multicodec varint prefix and the raw key.
//   public key: 0xed 0x01 (ed25519-pub) + 32 bytes  -> "z6Mk..."
//   secret key: 0x80 0x26 (ed25519-priv) + 32-byte seed -> "z3u2..."
//
// Thread-safety: free functions without shared state.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "common/result.h"
#include "crypto/bytes.h"
#include "crypto/ed25519.h"

namespace cairn::crypto {

// Returns the publicKeyMultibase of `public_key` ("z6Mk..."). Never fails.
std::string encode_ed25519_public_multikey(const Ed25519PublicKey& public_key);

// Returns the public key `text` encodes, or Error "invalid multikey" whose message says what is
// wrong: the multibase prefix is not 'z', the base58 is bad, the multicodec is not ed25519-pub
// (0xed01), or the key is not 32 bytes.
Result<Ed25519PublicKey> decode_ed25519_public_multikey(std::string_view text);

// Returns the secretKeyMultibase of a 32-byte Ed25519 seed. Precondition: seed.size() == 32
// (anything else throws std::invalid_argument: it is a programming error, not bad input).
std::string encode_ed25519_secret_multikey(std::span<const std::uint8_t> seed);

// Returns the 32-byte seed `text` encodes, or Error "invalid multikey" (prefix, base58,
// multicodec not ed25519-priv 0x8026, length). The decoded intermediate bytes are wiped.
Result<SecretBytes> decode_ed25519_secret_multikey(std::string_view text);

}  // namespace cairn::crypto
