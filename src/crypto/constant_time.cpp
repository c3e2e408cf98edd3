#include "crypto/constant_time.h"

#include <sodium.h>

#include "crypto/sodium_runtime.h"

namespace cairn::crypto {

bool equal_in_constant_time(std::string_view a, std::string_view b) {
  require_sodium();
  if (a.size() != b.size()) return false;
  return a.empty() || sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace cairn::crypto
