#include "vc/status/bitstring.h"

#include <stdexcept>
#include <utility>

#include "crypto/base64url.h"
#include "crypto/multibase.h"
#include "vc/status/gzip.h"

namespace cairn::vc::status {

namespace {

constexpr char kMultibaseBase64Url = 'u';

Error invalid_list(const std::string& why) { return {"invalid status list", why}; }

std::uint8_t mask_of(std::uint64_t position) {
  return static_cast<std::uint8_t>(0x80u >> (position % 8));
}

// The longest base64url text that can decode to `max_bytes` bytes (4 characters per 3 bytes).
std::size_t max_base64url_chars(std::size_t max_bytes) { return (max_bytes / 3) * 4 + 4; }

}  // namespace

Result<Bitstring> Bitstring::create(std::uint64_t entries, unsigned status_size,
                                    const StatusLimits& limits) {
  if (status_size == 0 || status_size > kMaxStatusSize) {
    return invalid_list("status size " + std::to_string(status_size) + " is not between 1 and " +
                        std::to_string(kMaxStatusSize));
  }
  if (entries < kMinimumEntries) {
    return invalid_list("a status list needs at least " + std::to_string(kMinimumEntries) +
                        " entries for herd privacy (Bitstring Status List 1.0), not " +
                        std::to_string(entries));
  }
  const std::uint64_t max_bits = static_cast<std::uint64_t>(limits.max_decompressed_bytes) * 8;
  if (entries > max_bits / status_size) {
    return invalid_list(std::to_string(entries) + " entries of " + std::to_string(status_size) +
                        " bits pass the decompressed limit of " +
                        std::to_string(limits.max_decompressed_bytes) + " bytes");
  }
  const std::uint64_t bits = entries * status_size;
  return Bitstring(crypto::Bytes(static_cast<std::size_t>((bits + 7) / 8), 0));
}

Result<Bitstring> Bitstring::decode(std::string_view encoded, const StatusLimits& limits) {
  if (encoded.empty()) return invalid_list("encodedList is empty");
  // GZIP data always starts with 0x1f, which base64url writes as 'H'; so a leading 'u' can only
  // be the multibase prefix of the Bitstring Status List form.
  const std::string_view base64url =
      encoded.front() == kMultibaseBase64Url ? encoded.substr(1) : encoded;
  if (base64url.size() > max_base64url_chars(limits.max_compressed_bytes)) {
    return Error{"limit exceeded", "encodedList has " + std::to_string(base64url.size()) +
                                       " characters, more than a compressed limit of " +
                                       std::to_string(limits.max_compressed_bytes) +
                                       " bytes allows"};
  }
  Result<crypto::Bytes> compressed =
      crypto::decode_base64url(base64url, limits.max_compressed_bytes);
  if (!compressed) {
    if (compressed.error().code == "invalid base64url") {
      return invalid_list("encodedList is not base64url: " + compressed.error().message);
    }
    return compressed.error();
  }
  Result<crypto::Bytes> bytes = gzip_decompress(*compressed, limits.max_decompressed_bytes);
  if (!bytes) {
    if (bytes.error().code == "invalid gzip") {
      return invalid_list("encodedList is not valid GZIP: " + bytes.error().message);
    }
    return bytes.error();
  }
  if (bytes->empty()) return invalid_list("encodedList holds an empty bitstring");
  return Bitstring(std::move(*bytes));
}

std::string Bitstring::encode() const {
  return crypto::encode_multibase(crypto::Multibase::kBase64Url, gzip_compress(bytes_));
}

bool Bitstring::bit(std::uint64_t position) const {
  if (position >= bit_count()) throw std::out_of_range("Bitstring::bit: position past the end");
  return (bytes_[position / 8] & mask_of(position)) != 0;
}

void Bitstring::set_bit(std::uint64_t position, bool value) {
  if (position >= bit_count()) {
    throw std::out_of_range("Bitstring::set_bit: position past the end");
  }
  std::uint8_t& byte = bytes_[position / 8];
  byte = value ? (byte | mask_of(position)) : (byte & ~mask_of(position));
}

Result<std::uint64_t> Bitstring::first_bit_of(std::uint64_t index, unsigned status_size) const {
  if (status_size == 0 || status_size > kMaxStatusSize) {
    return Error{"invalid status size", "status size " + std::to_string(status_size) +
                                            " is not between 1 and " +
                                            std::to_string(kMaxStatusSize)};
  }
  if (index >= entry_count(status_size)) {
    return Error{"RANGE_ERROR", "index " + std::to_string(index) + " is outside the list of " +
                                    std::to_string(entry_count(status_size)) + " entries"};
  }
  return index * status_size;
}

Result<std::uint32_t> Bitstring::status(std::uint64_t index, unsigned status_size) const {
  Result<std::uint64_t> first = first_bit_of(index, status_size);
  if (!first) return first.error();
  std::uint32_t value = 0;
  for (unsigned i = 0; i < status_size; ++i) {
    value = (value << 1) | (bit(*first + i) ? 1u : 0u);
  }
  return value;
}

Result<bool> Bitstring::set_status(std::uint64_t index, unsigned status_size, std::uint32_t value) {
  Result<std::uint64_t> first = first_bit_of(index, status_size);
  if (!first) return first.error();
  if (status_size < 32 && (value >> status_size) != 0) {
    return Error{"invalid status value", std::to_string(value) + " does not fit in " +
                                             std::to_string(status_size) + " bits"};
  }
  for (unsigned i = 0; i < status_size; ++i) {
    set_bit(*first + i, ((value >> (status_size - 1 - i)) & 1u) != 0);
  }
  return true;
}

}  // namespace cairn::vc::status
