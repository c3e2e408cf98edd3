// `cairn serve [--db URL] [--listen HOST:PORT] [--base-url URL] [--threads N] [--verify-rate R]
// [--verify-burst B]`: opens the database (default sqlite:./cairn-data/cairn.db) and brings its
// schema up to date, then runs Cairn's HTTP service until SIGTERM or SIGINT, and shuts down
// gracefully (requests in flight finish). Routes: /healthz, /readyz (checks the database),
// /metrics, the verification API (api/verify_routes.h), /api/v1/me (api/account_routes.h). Logs one
// JSON line per request on stderr; prints where it listens on stdout. Exit 0 after a clean
// shutdown, 2 when it cannot start (bad flags, the address is taken).
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

void add_serve_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
