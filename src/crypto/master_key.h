// MasterKey: the 32-byte symmetric key that seals the secrets of a key file (key_file.h).
//
// Its text form is base64url without padding (43 characters), the form CAIRN_MASTER_KEY and the
// master key file hold. Copies are allowed; every copy wipes its bytes when destroyed.
//
// Thread-safety: immutable after construction; may be shared between threads.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::crypto {

class MasterKey {
 public:
  static constexpr std::size_t kSize = 32;

  // Returns a key of 32 random bytes from libsodium's system CSPRNG.
  static MasterKey generate();

  // Returns the key `text` encodes, or Error "invalid master key" when it is not base64url
  // (unpadded) of exactly 32 bytes. Surrounding whitespace (a trailing newline in a file) is
  // ignored.
  static Result<MasterKey> from_base64url(std::string_view text);

  ~MasterKey();
  MasterKey(const MasterKey&) = default;
  MasterKey& operator=(const MasterKey&) = default;

  // Returns the 43-character base64url text of the key.
  std::string to_base64url() const;

  // The key bytes; valid as long as this object.
  std::span<const std::uint8_t, kSize> view() const { return bytes_; }

 private:
  MasterKey() = default;

  std::array<std::uint8_t, kSize> bytes_{};
};

}  // namespace cairn::crypto
