#include "store/migrations.h"

#include <chrono>
#include <map>
#include <string>

#include "common/date_time.h"
#include "crypto/digest.h"
#include "store/store_errors.h"

namespace cairn::store {

namespace {

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version BIGINT PRIMARY KEY, "
    "name TEXT NOT NULL, "
    "checksum TEXT NOT NULL, "
    "applied_at TEXT NOT NULL)";

struct Recorded {
  std::string name;
  std::string checksum;
};

[[noreturn]] void refuse(const std::string& message) {
  throw Failure(std::string(kMigrationRefused), message);
}

std::string label(const Migration& step) {
  return std::to_string(step.version) + " (" + std::string(step.name) + ")";
}

std::string checksum_of(const Migration& step) { return crypto::to_hex(crypto::sha256(step.sql)); }

void check_steps(std::span<const Migration> steps) {
  int previous = 0;
  for (const Migration& step : steps) {
    if (step.version <= previous) {
      refuse("migration versions must be positive and strictly increasing: " +
             std::to_string(step.version) + " follows " + std::to_string(previous));
    }
    if (step.name.empty() || step.sql.empty()) {
      refuse("migration " + std::to_string(step.version) + " has an empty name or SQL text");
    }
    previous = step.version;
  }
}

std::map<std::int64_t, Recorded> read_recorded(Connection& connection) {
  std::map<std::int64_t, Recorded> recorded;
  for (const Row& row : connection.query("SELECT version, name, checksum FROM schema_migrations")) {
    recorded[row.get<std::int64_t>(0)] = {row.get<std::string>(1), row.get<std::string>(2)};
  }
  return recorded;
}

const Migration* find_step(std::span<const Migration> steps, std::int64_t version) {
  for (const Migration& step : steps) {
    if (step.version == version) return &step;
  }
  return nullptr;
}

// Refuses when the recorded history does not match the program's steps.
void check_history(const std::map<std::int64_t, Recorded>& recorded,
                   std::span<const Migration> steps) {
  for (const auto& [version, record] : recorded) {
    const Migration* step = find_step(steps, version);
    if (step == nullptr) {
      refuse("database is newer than this program: it has migration " + std::to_string(version) +
             " (" + record.name + "), which this program does not know (it knows up to " +
             (steps.empty() ? std::string("none") : std::to_string(steps.back().version)) +
             "); run a newer version of the program");
    }
    if (record.checksum != checksum_of(*step)) {
      refuse("migration " + label(*step) +
             " changed after it was applied: its SQL no longer matches the recorded checksum; "
             "restore the released text and add a new migration instead");
    }
  }
  if (recorded.empty()) return;
  const std::int64_t newest = recorded.rbegin()->first;
  for (const Migration& step : steps) {
    if (step.version < newest && !recorded.contains(step.version)) {
      refuse("migration " + label(step) + " is missing although the newer migration " +
             std::to_string(newest) + " is applied; the database history has a hole");
    }
  }
}

}  // namespace

Result<MigrationReport> migrate(Database& database, std::span<const Migration> steps) {
  if (Result<std::monostate> checked = capture([&] {
        check_steps(steps);
        return std::monostate{};
      });
      !checked) {
    return checked.error();
  }
  Result<std::monostate> prepared = database.schema_write([&](Connection& connection) {
    connection.execute(kCreateTable);
    check_history(read_recorded(connection), steps);
  });
  if (!prepared) return prepared.error();

  MigrationReport report{{}, 0};
  for (const Migration& step : steps) {
    // Another process may have applied the step since; the history is read again under the
    // schema lock, and a recorded step is only checked.
    Result<bool> outcome = database.schema_write([&](Connection& connection) -> Result<bool> {
      const std::map<std::int64_t, Recorded> recorded = read_recorded(connection);
      check_history(recorded, steps);
      if (recorded.contains(step.version)) return false;
      try {
        connection.execute_script(step.sql);
      } catch (const TransactionConflict&) {
        throw;
      } catch (const Failure& failure) {
        return Error{failure.error().code,
                     "migration " + label(step) + " failed: " + failure.error().message};
      }
      connection.execute(
          "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
          {std::int64_t{step.version}, std::string(step.name), checksum_of(step),
           format_whole_seconds(current_time())});
      return true;
    });
    if (!outcome) return outcome.error();
    if (*outcome) {
      report.applied.push_back(step.version);
    } else {
      ++report.already_applied;
    }
  }
  return report;
}

}  // namespace cairn::store
