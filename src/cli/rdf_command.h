// `cairn rdf`: prints the RDF dataset of a JSON-LD document as N-Quads (JSON-LD 1.1 toRdf),
// not canonicalized.
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

// Adds the subcommand to `app`; when it runs, it stores its exit status in `*exit_status`.
void add_rdf_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
