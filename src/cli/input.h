// Reading a command's input: a file path, or "-" for standard input, with a size limit.
#pragma once

#include <cstddef>
#include <string>

#include "common/result.h"

namespace cairn::cli {

inline constexpr std::size_t kMaxInputBytes = 16u << 20;

// Returns the bytes of `path` (or of stdin when path is "-"), or an Error with code
// "input unreadable" (missing file, permission, I/O error) or "limit exceeded" (over max_bytes).
Result<std::string> read_input(const std::string& path, std::size_t max_bytes = kMaxInputBytes);

}  // namespace cairn::cli
