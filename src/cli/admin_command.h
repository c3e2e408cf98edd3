// `cairn admin` bootstraps an instance without the web:
//   cairn admin create-user --email E --name N [--platform-admin] [--password-stdin] [--db URL]
//     makes an account; with --password-stdin the password is the first line of stdin, else a
//     random one is made and printed once. Prints the account as JSON.
//   cairn admin create-token --email E --name N --scopes "read issue ..." [--days N] [--db URL]
//     makes an API token for the account and prints it once ("token: cairn_...").
// Exit 0 on success, 2 with one line on stderr naming the error otherwise.
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

void add_admin_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
