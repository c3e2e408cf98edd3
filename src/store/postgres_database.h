// open_postgresql: a Database on a PostgreSQL server (the backend for running several Cairn
// processes on one database).
//
// Connections are opened on demand up to DatabaseOptions::max_connections, each with the
// connect and statement timeouts below; how transactions map to PostgreSQL's isolation levels,
// and why, is in postgres_connection.h. The server must be PostgreSQL 12 or newer and hold its
// data as UTF-8.
//
// Thread-safety: open_postgresql may be called from any thread; the Database is as database.h
// says.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "common/result.h"
#include "store/database.h"
#include "store/database_options.h"

namespace cairn::store {

struct PostgresOptions {
  DatabaseOptions database;
  // How long opening one connection may take before it fails (libpq's connect_timeout, whole
  // seconds; libpq counts less than 2 as 2).
  std::chrono::seconds connect_timeout{10};
  // The longest one statement may run before the server cancels it, so that no request waits
  // without bound on a lock or a runaway query; 0 for no limit. Applies to migration steps too.
  std::chrono::milliseconds statement_timeout{30'000};
};

// Returns the Database, with one connection already open (so that a wrong host, database or
// login is reported now); or an Error with code "database error" saying what failed, without
// the URI's password. `uri` is a postgresql:// or postgres:// URI as libpq reads it, e.g.
// postgresql://cairn@db.example:5432/cairn?sslmode=verify-full.
Result<std::unique_ptr<Database>> open_postgresql(const std::string& uri,
                                                  const PostgresOptions& options = {});

}  // namespace cairn::store
