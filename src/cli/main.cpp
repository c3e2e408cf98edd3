// The `cairn` command: one binary, one subcommand per task (see README.md).
#include <CLI/CLI.hpp>

#include "cli/admin_command.h"
#include "cli/bake_command.h"
#include "cli/canon_command.h"
#include "cli/contexts_command.h"
#include "cli/keygen_command.h"
#include "cli/rdf_command.h"
#include "cli/serve_command.h"
#include "cli/sign_command.h"
#include "cli/status_list_command.h"
#include "cli/verify_command.h"

#ifndef CAIRN_VERSION
#error "CAIRN_VERSION must be defined by the build"
#endif

int main(int argc, char** argv) {
  CLI::App app{"Cairn: open micro-credentials (Open Badges 3.0, Verifiable Credentials 2.0)",
               "cairn"};
  app.set_version_flag("--version", "cairn " CAIRN_VERSION);
  app.require_subcommand(1);

  int exit_status = 0;
  cairn::cli::add_canon_command(app, &exit_status);
  cairn::cli::add_rdf_command(app, &exit_status);
  cairn::cli::add_contexts_command(app, &exit_status);
  cairn::cli::add_keygen_command(app, &exit_status);
  cairn::cli::add_sign_command(app, &exit_status);
  cairn::cli::add_verify_command(app, &exit_status);
  cairn::cli::add_bake_commands(app, &exit_status);
  cairn::cli::add_status_list_command(app, &exit_status);
  cairn::cli::add_serve_command(app, &exit_status);
  cairn::cli::add_admin_command(app, &exit_status);

  CLI11_PARSE(app, argc, argv);
  return exit_status;
}
