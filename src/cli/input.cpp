#include "cli/input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <istream>

namespace cairn::cli {
namespace {

Result<std::string> read_stream(std::istream& in, const std::string& name, std::size_t max_bytes) {
  std::string bytes;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) {
      return Error{"limit exceeded",
                   name + " is larger than " + std::to_string(max_bytes) + " bytes"};
    }
  }
  if (in.bad()) return Error{"input unreadable", "reading " + name + " failed"};
  return bytes;
}

}  // namespace

Result<std::string> read_input(const std::string& path, std::size_t max_bytes) {
  if (path == "-") return read_stream(std::cin, "standard input", max_bytes);
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Error{"input unreadable", "cannot open " + path + ": " + std::strerror(errno)};
  }
  return read_stream(file, path, max_bytes);
}

}  // namespace cairn::cli
