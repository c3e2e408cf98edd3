// `cairn sign --key KEY.json [--suite S] [--created RFC3339] CRED.json`: prints the signed
// credential (JSON with a proof, or the compact VC-JWT), signed by the newest unrevoked key of
// the suite's algorithm in the key file; refuses a credential whose issuer is not the key's
// controller or whose structure has errors (vc/credential_signer.h). With --jsonl, CRED holds one
// credential per line and each signed one is printed on its line (bulk issuance).
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

void add_sign_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
