#include "crypto_test_support.h"

#include <boost/json/parse.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "crypto/base58.h"
#include "crypto/base64url.h"

namespace cairn::crypto::testing {

std::vector<std::uint8_t> from_hex(std::string_view hex) {
  if (hex.size() % 2 != 0) throw std::invalid_argument("odd-length hex");
  std::vector<std::uint8_t> bytes;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    bytes.push_back(
        static_cast<std::uint8_t>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  return bytes;
}

std::vector<std::uint8_t> bytes_of(std::string_view text) {
  return std::vector<std::uint8_t>(text.begin(), text.end());
}

std::string hex_of(std::span<const std::uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (std::uint8_t byte : bytes) {
    hex += kDigits[byte >> 4];
    hex += kDigits[byte & 15];
  }
  return hex;
}

std::filesystem::path shared_path(std::string_view relative) {
  return std::filesystem::path(CAIRN_SHARED_DIR) / relative;
}

std::optional<boost::json::value> read_json_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return boost::json::parse(text.str());
}

std::vector<std::uint8_t> raw_public_key_of(const boost::json::value& method) {
  const boost::json::object& object = method.as_object();
  Result<Bytes> raw = Error{"absent", ""};
  if (object.contains("publicKeyBase58")) {
    raw = decode_base58btc(object.at("publicKeyBase58").as_string());
  } else if (object.contains("publicKeyJwk")) {
    raw = decode_base64url(object.at("publicKeyJwk").at("x").as_string());
  }
  return raw ? *raw : std::vector<std::uint8_t>();
}

}  // namespace cairn::crypto::testing
