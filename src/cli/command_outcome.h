// How a subcommand ends: its exit status, and the one line on stderr that says why it failed.
#pragma once

#include "common/result.h"

namespace cairn::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalidInput = 2;

// Prints "cairn: CODE: MESSAGE" on one line of stderr (newlines in the message become spaces)
// and returns kExitInvalidInput.
int report_invalid_input(const Error& error);

}  // namespace cairn::cli
