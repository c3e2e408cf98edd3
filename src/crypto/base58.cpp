#include "crypto/base58.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <vector>

#include "crypto/describe_character.h"

namespace cairn::crypto {

namespace {

constexpr std::string_view kAlphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

// Both directions work on big numbers held in limbs, converting several digits per pass instead
// of one, which divides the quadratic work by about twenty. 58^5 and 2^32 are the largest bases
// whose limb-times-multiplier products still fit in 64 bits.
constexpr std::uint64_t kBase58Limb = 58ull * 58 * 58 * 58 * 58;
constexpr std::size_t kBase58DigitsPerLimb = 5;

constexpr std::array<std::int8_t, 256> digit_values() {
  std::array<std::int8_t, 256> values{};
  values.fill(-1);
  for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
    values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
  }
  return values;
}
constexpr std::array<std::int8_t, 256> kDigitValues = digit_values();

// Multiplies the little-endian number `limbs` (in base `kBase`) by `multiplier` and adds
// `addend`. The base is a template argument so that the divisions become multiplications.
template <std::uint64_t kBase>
void multiply_add(std::vector<std::uint64_t>& limbs, std::uint64_t multiplier,
                  std::uint64_t addend) {
  constexpr std::uint64_t base = kBase;
  std::uint64_t carry = addend;
  for (std::uint64_t& limb : limbs) {
    const std::uint64_t product = limb * multiplier + carry;
    limb = product % base;
    carry = product / base;
  }
  for (; carry != 0; carry /= base) limbs.push_back(carry % base);
}

Error invalid_base58(const std::string& message) { return Error{"invalid base58", message}; }

}  // namespace

std::string encode_base58btc(std::span<const std::uint8_t> bytes) {
  const std::size_t zeros = static_cast<std::size_t>(
      std::find_if(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b != 0; }) -
      bytes.begin());
  const std::span<const std::uint8_t> number = bytes.subspan(zeros);

  std::vector<std::uint64_t> limbs;  // little-endian, base 58^5
  std::size_t group = number.size() % 4 == 0 ? 4 : number.size() % 4;
  for (std::size_t at = 0; at < number.size(); at += group, group = 4) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < group; ++i) value = value << 8 | number[at + i];
    multiply_add<kBase58Limb>(limbs, std::uint64_t{1} << (8 * group), value);
  }

  std::string text(zeros, '1');
  for (std::size_t i = limbs.size(); i-- > 0;) {
    std::array<char, kBase58DigitsPerLimb> digits;
    std::uint64_t limb = limbs[i];
    for (std::size_t d = kBase58DigitsPerLimb; d-- > 0; limb /= 58) {
      digits[d] = kAlphabet[limb % 58];
    }
    std::size_t first = 0;
    if (i + 1 == limbs.size()) {  // the most significant limb has no leading zero digits
      while (digits[first] == '1') ++first;
    }
    text.append(digits.begin() + first, digits.end());
  }
  return text;
}

Result<Bytes> decode_base58btc(std::string_view text, std::size_t max_bytes) {
  const std::size_t limit = std::min(max_bytes, kMaxBase58DecodedBytes);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (kDigitValues[static_cast<unsigned char>(text[i])] < 0) {
      return invalid_base58("character " + describe_character(text[i]) + " at offset " +
                            std::to_string(i) + " is not in the base58btc alphabet");
    }
  }
  const std::size_t zeros = std::min(text.find_first_not_of('1'), text.size());
  const std::string_view number = text.substr(zeros);
  // b bytes never need more than ceil(b * log(256) / log(58)) < b * 1.3657 + 1 characters, so a
  // longer text is refused before any work.
  const std::string too_long = "decodes to more than " + std::to_string(limit) + " bytes";
  if (zeros > limit) return invalid_base58(too_long);
  if (static_cast<double>(number.size()) > static_cast<double>(limit - zeros) * 1.3657 + 1) {
    return invalid_base58(too_long);
  }

  // Reserved up front so that growing never leaves an unwiped copy of the number behind.
  std::vector<std::uint64_t> limbs;  // little-endian, base 2^32
  limbs.reserve(number.size() * 3 / 16 + 2);
  std::size_t group = number.size() % kBase58DigitsPerLimb == 0
                          ? kBase58DigitsPerLimb
                          : number.size() % kBase58DigitsPerLimb;
  for (std::size_t at = 0; at < number.size(); at += group, group = kBase58DigitsPerLimb) {
    std::uint64_t value = 0;
    std::uint64_t multiplier = 1;
    for (std::size_t i = 0; i < group; ++i) {
      value = value * 58 +
              static_cast<std::uint64_t>(kDigitValues[static_cast<unsigned char>(number[at + i])]);
      multiplier *= 58;
    }
    multiply_add<std::uint64_t{1} << 32>(limbs, multiplier, value);
  }

  Bytes bytes;
  bytes.reserve(zeros + limbs.size() * 4);
  bytes.resize(zeros, 0);
  for (std::size_t i = limbs.size(); i-- > 0;) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      const auto byte = static_cast<std::uint8_t>(limbs[i] >> shift);
      if (i + 1 == limbs.size() && bytes.size() == zeros && byte == 0) continue;  // leading zero
      bytes.push_back(byte);
    }
  }
  // The number may be a secret key: leave no copy of it behind.
  if (!limbs.empty()) sodium_memzero(limbs.data(), limbs.size() * sizeof limbs[0]);
  if (bytes.size() > limit) {
    sodium_memzero(bytes.data(), bytes.size());
    return invalid_base58(too_long);
  }
  return bytes;
}

}  // namespace cairn::crypto
