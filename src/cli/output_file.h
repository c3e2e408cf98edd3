// Writing a command's output file so that a crash or a full disk never leaves half a file: the
// bytes go to a temporary file beside the target, are flushed to disk, then renamed over it.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::cli {

// Writes `bytes` to `path` atomically with permission bits `mode` (0600 for secrets). Returns
// true, or an Error with code "output unwritable" naming the path and the system's reason.
Result<bool> write_file_atomically(const std::string& path, std::string_view bytes,
                                   mode_t mode = 0644);

}  // namespace cairn::cli
