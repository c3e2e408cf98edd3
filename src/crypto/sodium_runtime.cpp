#include "crypto/sodium_runtime.h"

#include <sodium.h>

#include <stdexcept>

namespace cairn::crypto {

void require_sodium() {
  // A function-local static is initialized exactly once even when threads race to it (C++11
  // [stmt.dcl]), which is the guarantee sodium_init's own documentation asks callers to provide.
  static const bool initialized = sodium_init() >= 0;
  if (!initialized) throw std::runtime_error("libsodium could not be initialized");
}

}  // namespace cairn::crypto
