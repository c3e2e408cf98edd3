// Test helpers for tests/contexts: contexts/contexts.lock.json as the tests read it, whole-file
// reads, and a SHA-256 computed with OpenSSL, independently of the libsodium hash the library uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cairn::contexts::testing {

struct LockedContext {
  std::string url;
  std::string package;  // npm name, without version
  std::string version;
  std::string source;  // "file:<path in package>" or "export:contexts"
  std::string sha256;
};

// The entries of CAIRN_SOURCE_DIR/contexts/contexts.lock.json, in file order; throws
// std::runtime_error when the file is missing or malformed.
std::vector<LockedContext> read_lock_file();

// Lowercase hex SHA-256 of `bytes`, computed with OpenSSL.
std::string openssl_sha256_hex(std::string_view bytes);

// The whole file at `path`; throws std::runtime_error when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace cairn::contexts::testing
