// The database `cairn serve` and `cairn admin` work on: the --db flag (store/database_url.h;
// default sqlite:./cairn-data/cairn.db), opened and brought up to Cairn's schema
// (store/repositories/cairn_schema.h) before anything else touches it.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "common/result.h"
#include "store/database.h"

namespace cairn::cli {

// Declares --db on `command`, storing into `url`.
void add_database_flag(CLI::App& command, std::string& url);

// Opens the database at `url` and applies the migrations it lacks. Errors: the URL's, the
// backend's ("database error", "unsupported database") and the migrations' ("migration
// refused": a database newer than this program, or a changed step).
Result<std::unique_ptr<store::Database>> open_service_database(const std::string& url);

}  // namespace cairn::cli
