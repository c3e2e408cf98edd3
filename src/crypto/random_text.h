// Random identifiers and secrets as text, from libsodium's system CSPRNG.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <string>

namespace cairn::crypto {

// `bytes` random bytes as lower-case hexadecimal (identifiers: 16 bytes give 32 characters).
std::string random_hex(std::size_t bytes);

// `bytes` random bytes as base64url without padding (secrets: 32 bytes give 43 characters).
std::string random_base64url(std::size_t bytes);

}  // namespace cairn::crypto
