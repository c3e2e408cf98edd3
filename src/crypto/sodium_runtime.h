// Internal to cairn_crypto: libsodium must be initialized before its random generator and
// signing functions are used; every entry point that needs it calls require_sodium() first.
//
// Thread-safety: may be called from any thread; initialization happens exactly once.
#pragma once

namespace cairn::crypto {

// Initializes libsodium on the first call. Throws std::runtime_error if it cannot be initialized
// (no usable system random source), as libsodium is then unusable.
void require_sodium();

}  // namespace cairn::crypto
