// `cairn status-list` for issuers without the server (Bitstring Status List v1.0):
//   create --id URL --issuer DID [--purpose revocation|suspension] [--entries N]
//          [--valid-from RFC3339] --out FILE     an unsigned BitstringStatusListCredential, all 0
//   set --list FILE --index I [--value V]       sets entry I (default 1: revoked/suspended) and
//                                               rewrites FILE without its now-stale proof
//   get --list FILE --index I                   prints entry I's value
// A list must be signed before it is published: `cairn sign --key KEY FILE`.
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

void add_status_list_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
