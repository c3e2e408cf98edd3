// `cairn verify [--at RFC3339] [--strict] [--recipient ID] [--did-doc FILE]... [--status-list
// FILE]... [--offline] INPUT`: prints the verification report (vc/verifier.h) as JSON and exits
// 0 when verified, 1 when not (anything readable but wrong), 2 when INPUT cannot be read or is
// neither JSON, JWT, PNG nor SVG.
// `cairn verify --jsonl FILE [--threads N]`: one credential (JSON or JWT) per line in, one report
// per line out in the same order, then {"verified":V,"failed":F,"per_second":R}; exits 0 when
// every line verified, else 1.
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

void add_verify_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
