#include "crypto/multibase.h"

#include "crypto/base58.h"
#include "crypto/base64url.h"

namespace cairn::crypto {

std::string encode_multibase(Multibase encoding, std::span<const std::uint8_t> bytes) {
  if (encoding == Multibase::kBase64Url) return 'u' + encode_base64url(bytes);
  return 'z' + encode_base58btc(bytes);
}

Result<Bytes> decode_multibase(std::string_view text, std::size_t max_bytes) {
  if (text.empty()) return Error{"invalid multibase", "the text is empty: no encoding prefix"};
  Result<Bytes> decoded = [&]() -> Result<Bytes> {
    switch (text.front()) {
      case 'z':
        return decode_base58btc(text.substr(1), max_bytes);
      case 'u':
        return decode_base64url(text.substr(1), max_bytes);
      default: {
        const auto prefix = static_cast<unsigned char>(text.front());
        const std::string shown = prefix >= 0x21 && prefix < 0x7f
                                      ? std::string("'") + text.front() + "'"
                                      : "byte " + std::to_string(prefix);
        return Error{"invalid multibase",
                     "prefix " + shown + " is not supported (only 'z' base58btc, 'u' base64url)"};
      }
    }
  }();
  if (!decoded && decoded.error().code != "invalid multibase") {
    return Error{"invalid multibase", decoded.error().to_string()};
  }
  return decoded;
}

}  // namespace cairn::crypto
