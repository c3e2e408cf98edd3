// TempDirectory: a fresh directory under the system's temporary directory, removed with its
// contents when the object is destroyed. Each test gets its own, so tests never share a database.
#pragma once

#include <filesystem>

namespace cairn::store::testing {

class TempDirectory {
 public:
  TempDirectory();
  ~TempDirectory();
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // path() / name, as a string, for open_sqlite.
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace cairn::store::testing
