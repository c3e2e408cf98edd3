#include "crypto/master_key.h"

#include <sodium.h>

#include <algorithm>

#include "crypto/base64url.h"
#include "crypto/sodium_runtime.h"

namespace cairn::crypto {

MasterKey MasterKey::generate() {
  require_sodium();
  MasterKey key;
  randombytes_buf(key.bytes_.data(), key.bytes_.size());
  return key;
}

Result<MasterKey> MasterKey::from_base64url(std::string_view text) {
  constexpr std::string_view kWhitespace = " \t\r\n";
  const std::size_t begin = text.find_first_not_of(kWhitespace);
  text = begin == std::string_view::npos
             ? std::string_view()
             : text.substr(begin, text.find_last_not_of(kWhitespace) - begin + 1);
  Result<Bytes> decoded = decode_base64url(text, kSize);
  if (!decoded || decoded->size() != kSize) {
    if (decoded) sodium_memzero(decoded->data(), decoded->size());
    return Error{"invalid master key",
                 "a master key is 32 bytes in base64url without padding (43 characters)" +
                     (decoded ? std::string() : "; " + decoded.error().to_string())};
  }
  MasterKey key;
  std::copy(decoded->begin(), decoded->end(), key.bytes_.begin());
  sodium_memzero(decoded->data(), decoded->size());
  return key;
}

MasterKey::~MasterKey() { sodium_memzero(bytes_.data(), bytes_.size()); }

std::string MasterKey::to_base64url() const { return encode_base64url(bytes_); }

}  // namespace cairn::crypto
