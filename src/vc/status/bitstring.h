// Bitstring: the list of credential statuses a Bitstring Status List (W3C, 1.0) or its
// predecessor StatusList2021 publishes, and its text form `encodedList`.
//
// Bit order follows the specification (section 2.2 and 7.1): index 0 is the left-most bit of the
// bitstring, that is the most significant bit of the first byte; setting only index 0 gives a
// first byte of 0x80. A status of `status_size` bits at entry `index` occupies bits
// [index * status_size, (index + 1) * status_size), its first bit the most significant.
//
// encode() gives the Bitstring Status List form: 'u' (multibase base64url, no padding) followed
// by the GZIP of the bytes. decode() also reads the StatusList2021 form, the same base64url
// without the 'u'. Decoding is bounded by StatusLimits: the compressed size is checked before
// anything is decoded, and GZIP expansion stops at the decompressed cap.
//
// Thread-safety: a plain value; const methods may be called from several threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "common/result.h"
#include "crypto/bytes.h"
#include "vc/status/status_limits.h"

namespace cairn::vc::status {

class Bitstring {
 public:
  // The specification's minimum number of entries (16 KB of one-bit statuses).
  static constexpr std::uint64_t kMinimumEntries = 131072;
  // The widest status create() and status() accept; a value is returned as 32 bits.
  static constexpr unsigned kMaxStatusSize = 32;

  // Returns a list of `entries` statuses of `status_size` bits, all 0, rounded up to whole bytes.
  // Error "invalid status list" when entries < kMinimumEntries (the specification's herd-privacy
  // minimum), status_size is 0 or above kMaxStatusSize, or the list would pass
  // limits.max_decompressed_bytes (so that Cairn never publishes a list it would refuse to read).
  static Result<Bitstring> create(std::uint64_t entries, unsigned status_size = 1,
                                  const StatusLimits& limits = {});

  // Returns the bitstring `encoded` holds: 'u' + base64url, or bare base64url (StatusList2021),
  // of a GZIP member. Errors: "invalid status list" (empty text, bad base64url, bad GZIP, an empty
  // bitstring; the message says which) or "limit exceeded" (compressed or decompressed cap).
  // Does not apply the minimum length: that depends on the status size, known to the caller.
  static Result<Bitstring> decode(std::string_view encoded, const StatusLimits& limits);

  // 'u' + base64url (no padding) of the GZIP of bytes(). Same bits, same text.
  std::string encode() const;

  std::uint64_t bit_count() const { return static_cast<std::uint64_t>(bytes_.size()) * 8; }
  // Whole entries of `status_size` bits the list holds (status_size > 0).
  std::uint64_t entry_count(unsigned status_size) const { return bit_count() / status_size; }
  std::span<const std::uint8_t> bytes() const { return bytes_; }

  // Bit `position`, counted from the left. Throws std::out_of_range when position >= bit_count().
  bool bit(std::uint64_t position) const;
  // Sets bit `position` to `value`. Throws std::out_of_range when position >= bit_count().
  void set_bit(std::uint64_t position, bool value);

  // The status of entry `index`. Error "RANGE_ERROR" when the entry does not lie wholly inside
  // the list (the specification's name for this error), "invalid status size" when status_size is
  // 0 or above kMaxStatusSize.
  Result<std::uint32_t> status(std::uint64_t index, unsigned status_size) const;
  // Sets entry `index` to `value`. Same errors as status(), and "invalid status value" when
  // `value` does not fit in status_size bits. Returns true on success.
  Result<bool> set_status(std::uint64_t index, unsigned status_size, std::uint32_t value);

 private:
  explicit Bitstring(crypto::Bytes bytes) : bytes_(std::move(bytes)) {}

  // Error unless [index * status_size, +status_size) lies inside the list.
  Result<std::uint64_t> first_bit_of(std::uint64_t index, unsigned status_size) const;

  crypto::Bytes bytes_;
};

}  // namespace cairn::vc::status
