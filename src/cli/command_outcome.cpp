#include "cli/command_outcome.h"

#include <algorithm>
#include <iostream>

namespace cairn::cli {

int report_invalid_input(const Error& error) {
  std::string line = error.to_string();
  std::replace_if(
      line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  std::cerr << "cairn: " << line << '\n';
  return kExitInvalidInput;
}

}  // namespace cairn::cli
