// `cairn contexts`: lists the JSON-LD contexts embedded in the binary (URL, npm package, SHA-256).
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

// Adds the subcommand to `app`; when it runs, it stores its exit status in `*exit_status`.
void add_contexts_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
