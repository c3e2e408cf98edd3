#include "test_support.h"

#include <openssl/evp.h>

#include <array>
#include <boost/json/parse.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cairn::contexts::testing {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<LockedContext> read_lock_file() {
  const auto lock =
      boost::json::parse(read_file(std::string(CAIRN_SOURCE_DIR) + "/contexts/contexts.lock.json"));
  std::vector<LockedContext> entries;
  for (const auto& entry : lock.at("contexts").as_array()) {
    const auto& object = entry.as_object();
    auto text = [&object](const char* key) { return std::string(object.at(key).as_string()); };
    entries.push_back(
        {text("url"), text("package"), text("version"), text("source"), text("sha256")});
  }
  if (entries.empty()) throw std::runtime_error("contexts.lock.json lists no contexts");
  return entries;
}

std::string openssl_sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL SHA-256 failed");
  }
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    std::array<char, 3> pair{};
    std::snprintf(pair.data(), pair.size(), "%02x", digest[i]);
    hex += pair.data();
  }
  return hex;
}

}  // namespace cairn::contexts::testing
