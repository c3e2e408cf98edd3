// `cairn canon`: prints the canonical form of a document.
//   --alg jcs   RFC 8785 bytes of a JSON document, without a trailing newline;
//   --alg rdfc  RDFC-1.0 canonical N-Quads of a JSON-LD document (or of N-Quads with
//               --input nquads).
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

// Adds the subcommand to `app`; when it runs, it stores its exit status in `*exit_status`.
void add_canon_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
