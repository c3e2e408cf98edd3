// migrate: brings a database's schema up to the program's, one numbered SQL step at a time.
//
// Steps are forward-only. Each one that the database lacks runs in its own write transaction
// together with its record in schema_migrations (version, name, SHA-256 of its SQL as hex,
// applied_at as RFC 3339 UTC), so a step is either applied and recorded or neither. A step may
// hold several statements separated by `;`, with no parameters, in SQL both backends accept.
//
// migrate refuses to touch the schema (Error code "migration refused") when:
// - the steps given are not in strictly increasing order of positive versions, or a name or SQL
//   text is empty (a programming error);
// - the database records a version this program does not know ("database is newer than this
//   program: ..."): an older program must not run on a newer schema;
// - a recorded step's checksum differs from the program's ("migration N changed after it was
//   applied"): steps are never edited once released; add a new one;
// - a step the database lacks is older than one it has (the history has a hole).
// A step that fails rolls back and migrate returns Error code "database error" naming the step.
//
// Two processes (or two Database objects) migrating one database at once is safe: each step runs
// in a Database::schema_write transaction, whose lock serialises the steps (SQLite: the write
// lock; PostgreSQL: an advisory lock), and a step found recorded when its transaction starts is
// checked, not run again.
//
// Thread-safety: a free function; the Database is shared as database.h says.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "store/database.h"

namespace cairn::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

struct MigrationReport {
  std::vector<int> applied;     // versions this call applied, in order
  std::size_t already_applied;  // steps the database had already
};

Result<MigrationReport> migrate(Database& database, std::span<const Migration> steps);

}  // namespace cairn::store
