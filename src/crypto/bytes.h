// Byte strings: Bytes for public data, SecretBytes for key material.
//
// SecretBytes owns its bytes and overwrites them with zeros (sodium_memzero, which the compiler
// may not optimize away) when it is destroyed or assigned over, so a seed or PKCS#8 key does not
// linger in freed memory. It is move-only on purpose: every copy of a secret is a place that must
// be wiped, so copies are made only through the explicit clone().
//
// Thread-safety: plain values; distinct objects may be used from distinct threads, one object
// must not be modified from two threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace cairn::crypto {

using Bytes = std::vector<std::uint8_t>;

class SecretBytes {
 public:
  SecretBytes() = default;
  // `size` zero bytes, to be filled through mutable_view() (e.g. by a decryption).
  explicit SecretBytes(std::size_t size);
  // A copy of `bytes`; the caller stays responsible for wiping its own copy.
  explicit SecretBytes(std::span<const std::uint8_t> bytes);
  ~SecretBytes();

  SecretBytes(SecretBytes&& other) noexcept;
  SecretBytes& operator=(SecretBytes&& other) noexcept;
  SecretBytes(const SecretBytes&) = delete;
  SecretBytes& operator=(const SecretBytes&) = delete;

  // Returns a second owner of the same bytes, wiped independently.
  SecretBytes clone() const;

  std::span<const std::uint8_t> view() const { return bytes_; }
  std::span<std::uint8_t> mutable_view() { return bytes_; }
  std::size_t size() const { return bytes_.size(); }
  bool empty() const { return bytes_.empty(); }

 private:
  void wipe() noexcept;

  // Never resized after construction, so the vector never leaves an unwiped old buffer behind.
  std::vector<std::uint8_t> bytes_;
};

}  // namespace cairn::crypto
