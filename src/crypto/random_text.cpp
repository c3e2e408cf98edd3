#include "crypto/random_text.h"

#include <sodium.h>

#include <cstdint>
#include <vector>

#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "crypto/sodium_runtime.h"

namespace cairn::crypto {
namespace {

std::vector<std::uint8_t> random_bytes(std::size_t count) {
  require_sodium();
  std::vector<std::uint8_t> bytes(count);
  randombytes_buf(bytes.data(), bytes.size());
  return bytes;
}

}  // namespace

std::string random_hex(std::size_t bytes) { return to_hex(random_bytes(bytes)); }

std::string random_base64url(std::size_t bytes) { return encode_base64url(random_bytes(bytes)); }

}  // namespace cairn::crypto
