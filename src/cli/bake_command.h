// `cairn bake --image IMG --credential CRED --out OUT`: writes a copy of the PNG or SVG badge
// image IMG carrying the credential CRED (JSON or compact JWT), as Open Badges 3.0 baking says.
// `cairn unbake FILE`: prints the credential a baked PNG or SVG carries.
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

void add_bake_commands(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
