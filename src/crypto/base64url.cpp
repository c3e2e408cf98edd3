#include "crypto/base64url.h"

#include <array>

#include "crypto/describe_character.h"

namespace cairn::crypto {

namespace {

struct Alphabet {
  std::string_view digits;
  std::string_view error_code;
  std::string_view name;
};

constexpr Alphabet kUrlAlphabet{"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                                "invalid base64url", "base64url"};
constexpr Alphabet kStandardAlphabet{
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", "invalid base64", "base64"};

std::array<std::int8_t, 256> values_of(const Alphabet& alphabet) {
  std::array<std::int8_t, 256> values{};
  values.fill(-1);
  for (std::size_t i = 0; i < alphabet.digits.size(); ++i) {
    values[static_cast<unsigned char>(alphabet.digits[i])] = static_cast<std::int8_t>(i);
  }
  return values;
}

// Decodes unpadded `text`; the callers deal with padding.
Result<Bytes> decode(const Alphabet& alphabet, std::string_view text, std::size_t max_bytes) {
  static const std::array<std::int8_t, 256> url_values = values_of(kUrlAlphabet);
  static const std::array<std::int8_t, 256> standard_values = values_of(kStandardAlphabet);
  const auto& values = &alphabet == &kUrlAlphabet ? url_values : standard_values;
  const auto invalid = [&](const std::string& message) {
    return Error{std::string(alphabet.error_code), message};
  };

  if (text.size() % 4 == 1) {
    return invalid("a length of 4n+1 characters (" + std::to_string(text.size()) +
                   ") encodes no whole number of bytes");
  }
  const std::size_t size = text.size() / 4 * 3 + (text.size() % 4 == 0 ? 0 : text.size() % 4 - 1);
  if (size > max_bytes) {
    return invalid("decodes to " + std::to_string(size) + " bytes, more than the limit of " +
                   std::to_string(max_bytes));
  }
  Bytes bytes;
  bytes.reserve(size);
  std::uint32_t bits = 0;
  int bit_count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int value = values[static_cast<unsigned char>(text[i])];
    if (value < 0) {
      return invalid("character " + describe_character(text[i]) + " at offset " +
                     std::to_string(i) + " is not in the " + std::string(alphabet.name) +
                     " alphabet");
    }
    bits = bits << 6 | static_cast<std::uint32_t>(value);
    bit_count += 6;
    if (bit_count >= 8) {
      bit_count -= 8;
      bytes.push_back(static_cast<std::uint8_t>(bits >> bit_count));
      bits &= (1u << bit_count) - 1;
    }
  }
  if (bits != 0) return invalid("the unused bits of the last character are not zero");
  return bytes;
}

}  // namespace

std::string encode_base64url(std::span<const std::uint8_t> bytes) {
  std::string text;
  text.reserve((bytes.size() * 4 + 2) / 3);
  std::uint32_t bits = 0;
  int bit_count = 0;
  for (std::uint8_t byte : bytes) {
    bits = bits << 8 | byte;
    bit_count += 8;
    while (bit_count >= 6) {
      bit_count -= 6;
      text.push_back(kUrlAlphabet.digits[(bits >> bit_count) & 63]);
    }
    bits &= (1u << bit_count) - 1;
  }
  if (bit_count > 0) text.push_back(kUrlAlphabet.digits[(bits << (6 - bit_count)) & 63]);
  return text;
}

Result<Bytes> decode_base64url(std::string_view text, std::size_t max_bytes) {
  if (const std::size_t pad = text.find('='); pad != std::string_view::npos) {
    return Error{"invalid base64url", "'=' at offset " + std::to_string(pad) +
                                          ": base64url is written without padding here"};
  }
  return decode(kUrlAlphabet, text, max_bytes);
}

Result<Bytes> decode_base64(std::string_view text, std::size_t max_bytes) {
  const std::size_t first_pad = text.find('=');
  if (first_pad != std::string_view::npos) {
    const std::string_view padding = text.substr(first_pad);
    const bool well_padded = text.size() % 4 == 0 && padding.size() <= 2 &&
                             padding.find_first_not_of('=') == std::string_view::npos;
    if (!well_padded) {
      return Error{"invalid base64", "'=' at offset " + std::to_string(first_pad) +
                                         " is not padding that completes the last group of four"};
    }
    text = text.substr(0, first_pad);
  }
  return decode(kStandardAlphabet, text, max_bytes);
}

}  // namespace cairn::crypto
