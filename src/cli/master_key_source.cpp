#include "cli/master_key_source.h"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "cli/input.h"
#include "cli/output_file.h"

namespace cairn::cli {
namespace {

constexpr std::size_t kMaxMasterKeyFileBytes = 4096;

Result<crypto::MasterKey> parse(std::string text, const std::string& source) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  Result<crypto::MasterKey> key = crypto::MasterKey::from_base64url(text);
  if (!key) {
    return Error{
        "invalid master key",
        source + " does not hold a master key (base64url of 32 bytes): " + key.error().message};
  }
  return key;
}

Result<crypto::MasterKey> read_key_file(const std::string& path, const std::string& source) {
  Result<std::string> text = read_input(path, kMaxMasterKeyFileBytes);
  if (!text) return Error{"master key unavailable", source + ": " + text.error().message};
  return parse(std::move(*text), source);
}

}  // namespace

Result<crypto::MasterKey> load_master_key(MissingMasterKey when_missing) {
  if (const char* value = std::getenv("CAIRN_MASTER_KEY"); value != nullptr && *value != '\0') {
    return parse(value, "CAIRN_MASTER_KEY");
  }
  if (const char* path = std::getenv("CAIRN_MASTER_KEY_FILE"); path != nullptr && *path != '\0') {
    return read_key_file(path, std::string("CAIRN_MASTER_KEY_FILE (") + path + ")");
  }
  std::error_code error;
  if (std::filesystem::exists(kDefaultMasterKeyPath, error)) {
    return read_key_file(kDefaultMasterKeyPath, kDefaultMasterKeyPath);
  }
  if (when_missing == MissingMasterKey::kRefuse) {
    return Error{"master key unavailable",
                 "set CAIRN_MASTER_KEY (base64url of 32 bytes) or CAIRN_MASTER_KEY_FILE, or run "
                 "`cairn keygen` here once to create " +
                     std::string(kDefaultMasterKeyPath)};
  }
  std::filesystem::create_directories(std::filesystem::path(kDefaultMasterKeyPath).parent_path(),
                                      error);
  ::chmod("cairn-data", 0700);
  crypto::MasterKey key = crypto::MasterKey::generate();
  Result<bool> written =
      write_file_atomically(kDefaultMasterKeyPath, key.to_base64url() + "\n", 0600);
  if (!written) return written.error();
  std::cerr << "cairn: created a new master key in " << kDefaultMasterKeyPath
            << " (mode 0600); keep a copy: without it the key files it seals cannot be opened\n";
  return key;
}

}  // namespace cairn::cli
