#include "did_test_support.h"

#include <boost/json/parse.hpp>
#include <fstream>
#include <sstream>

namespace cairn::did::testing {

std::filesystem::path shared_path(std::string_view relative) {
  return std::filesystem::path(CAIRN_SHARED_DIR) / relative;
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

boost::json::object object_of(std::string_view json_text) {
  return boost::json::parse(json_text).as_object();
}

crypto::Ed25519PublicKey random_ed25519_key() {
  return crypto::Ed25519KeyPair::generate().public_key();
}

}  // namespace cairn::did::testing
