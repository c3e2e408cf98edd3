#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cairn::cli {
namespace {

Error unwritable(const std::string& path, const char* step) {
  return Error{"output unwritable",
               std::string("cannot ") + step + " " + path + ": " + std::strerror(errno)};
}

}  // namespace

Result<bool> write_file_atomically(const std::string& path, std::string_view bytes, mode_t mode) {
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) return unwritable(temporary, "create");
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const Error error = unwritable(temporary, "write");
      ::close(fd);
      ::unlink(temporary.c_str());
      return error;
    }
    written += static_cast<std::size_t>(n);
  }
  // The umask may have narrowed `mode`; a secret must not be left wider than asked either.
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) {
    const Error error = unwritable(temporary, "flush");
    ::close(fd);
    ::unlink(temporary.c_str());
    return error;
  }
  ::close(fd);
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const Error error = unwritable(path, "rename a temporary file to");
    ::unlink(temporary.c_str());
    return error;
  }
  return true;
}

}  // namespace cairn::cli
