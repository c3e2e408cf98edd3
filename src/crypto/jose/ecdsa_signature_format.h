// The two encodings of an ECDSA signature: JOSE's fixed-width r||s (RFC 7518 section 3.4, 64
// bytes for P-256) and the DER ECDSA-Sig-Value SEQUENCE { r INTEGER, s INTEGER } OpenSSL reads
// and writes. Internal to cairn_crypto_jose.
//
// Thread-safety: free functions without state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "common/result.h"
#include "crypto/bytes.h"

namespace cairn::crypto::jose {

// Returns the DER form of r||s (`jose` holds two big-endian integers of equal width), or an
// Error "invalid signature" when `jose` is empty or of odd length.
Result<Bytes> der_of_jose_ecdsa_signature(std::span<const std::uint8_t> jose);

// Returns r||s, each left-padded to `width` bytes, of the DER signature `der`, or an Error
// "invalid signature" when `der` is not exactly one ECDSA-Sig-Value or r or s exceeds `width`.
Result<Bytes> jose_of_der_ecdsa_signature(std::span<const std::uint8_t> der, std::size_t width);

}  // namespace cairn::crypto::jose
