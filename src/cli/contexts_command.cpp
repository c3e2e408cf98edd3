#include "cli/contexts_command.h"

#include <iostream>

#include "cli/command_outcome.h"
#include "contexts/bundled_contexts.h"

namespace cairn::cli {

void add_contexts_command(CLI::App& app, int* exit_status) {
  CLI::App* command =
      app.add_subcommand("contexts", "List the bundled JSON-LD contexts (URL, package, SHA-256)");
  command->callback([exit_status] {
    for (const contexts::BundledContext& context : contexts::all_bundled_contexts()) {
      std::cout << context.url << '\t' << context.package << '\t' << context.sha256_hex << '\n';
    }
    *exit_status = kExitOk;
  });
}

}  // namespace cairn::cli
