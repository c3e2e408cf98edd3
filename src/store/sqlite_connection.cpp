#include "store/sqlite_connection.h"

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <string>

#include "store/store_errors.h"

namespace cairn::store {

namespace {

// Connection::check_limits has bounded the length, and SQLite's own SQL length limit is set to the
// same bound, so longer text could not get through anyway.
int sql_length(std::string_view sql) { return static_cast<int>(sql.size()); }

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// The single value of a statement such as `PRAGMA journal_mode = WAL`.
std::string pragma_result(sqlite3* handle, const char* sql) {
  sqlite3_stmt* statement = nullptr;
  int code = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
  std::string value;
  if (code == SQLITE_OK) {
    code = sqlite3_step(statement);
    if (code == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(statement, 0);
      if (text != nullptr) value = reinterpret_cast<const char*>(text);
      code = SQLITE_OK;
    } else if (code == SQLITE_DONE) {
      code = SQLITE_OK;
    }
  }
  std::string error = code == SQLITE_OK ? "" : sqlite3_errmsg(handle);
  sqlite3_finalize(statement);
  if (code != SQLITE_OK) throw_statement_error(sql, error);
  return value;
}

}  // namespace

// Binds parameters to a cached statement for one run, and on destruction resets it and clears
// the bindings: no statement stays half-run (holding a read snapshot), and no parameter value
// (possibly a secret) stays bound in the cache.
class SqliteConnection::BoundStatement {
 public:
  BoundStatement(const SqliteConnection& connection, sqlite3_stmt* statement, std::string_view sql,
                 Params params)
      : statement_(statement) {
    try {
      bind_all(connection, sql, params);
    } catch (...) {
      release();
      throw;
    }
  }
  ~BoundStatement() { release(); }
  BoundStatement(const BoundStatement&) = delete;
  BoundStatement& operator=(const BoundStatement&) = delete;

 private:
  void bind_all(const SqliteConnection& connection, std::string_view sql, Params params) {
    const int placeholders = sqlite3_bind_parameter_count(statement_);
    if (static_cast<std::size_t>(placeholders) != params.size()) {
      throw_statement_error(sql, "has " + std::to_string(placeholders) + " placeholders but " +
                                     std::to_string(params.size()) + " parameters were given");
    }
    for (int index = 1; index <= placeholders; ++index) {
      const int code =
          std::visit([&](const auto& value) { return bind(index, value); }, params[index - 1]);
      if (code != SQLITE_OK) connection.fail(code, sql);
    }
  }

  void release() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }

  // SQLITE_STATIC: the values outlive the run, which ends before the BoundStatement does.
  int bind(int index, std::nullptr_t) { return sqlite3_bind_null(statement_, index); }
  int bind(int index, std::int64_t value) { return sqlite3_bind_int64(statement_, index, value); }
  int bind(int index, double value) { return sqlite3_bind_double(statement_, index, value); }
  int bind(int index, const std::string& value) {
    return sqlite3_bind_text64(statement_, index, value.data(), value.size(), SQLITE_STATIC,
                               SQLITE_UTF8);
  }
  int bind(int index, const Blob& value) {
    // A null data pointer would bind NULL, so an empty blob is bound as a zero-length blob.
    if (value.bytes.empty()) return sqlite3_bind_zeroblob(statement_, index, 0);
    return sqlite3_bind_blob64(statement_, index, value.bytes.data(), value.bytes.size(),
                               SQLITE_STATIC);
  }

  sqlite3_stmt* statement_;
};

std::unique_ptr<SqliteConnection> SqliteConnection::open(const std::string& path,
                                                         const SqliteConnectionSettings& settings) {
  sqlite3* handle = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  const int code = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  if (code != SQLITE_OK) {
    std::string message = handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(code);
    sqlite3_close_v2(handle);
    throw Failure(std::string(kDatabaseError),
                  "cannot open SQLite database " + path + ": " + message);
  }
  // From here the connection owns the handle and closes it if a setting fails.
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(handle, settings));

  const auto busy_ms = settings.busy_timeout.count();
  sqlite3_busy_timeout(handle, busy_ms > INT_MAX ? INT_MAX : static_cast<int>(busy_ms));
  sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH,
                static_cast<int>(std::min<std::size_t>(settings.limits.max_sql_bytes, INT_MAX)));
  sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER,
                static_cast<int>(std::min<std::size_t>(settings.limits.max_parameters, INT_MAX)));
  pragma_result(handle, "PRAGMA foreign_keys = ON");
  const std::string journal_mode = pragma_result(handle, "PRAGMA journal_mode = WAL");
  if (journal_mode != "wal") {
    throw Failure(std::string(kDatabaseError),
                  "SQLite database " + path + " stayed in journal mode " + journal_mode +
                      "; WAL is required (readers and the writer must not block each other)");
  }
  // In WAL mode, NORMAL syncs at checkpoints instead of at every commit: a crash of the program
  // loses nothing, a power cut may lose the last commits but never corrupts the database. The
  // service's transactions are short and many, and a sync per commit would bound them to the
  // disk's sync rate.
  pragma_result(handle, "PRAGMA synchronous = NORMAL");
  if (settings.checkpointer) settings.checkpointer->watch(handle);
  return connection;
}

SqliteConnection::SqliteConnection(sqlite3* handle, const SqliteConnectionSettings& settings)
    : Connection(settings.limits),
      checkpointer_(settings.checkpointer),
      handle_(handle),
      statements_(settings.statement_cache_size) {}

void SqliteConnection::CloseHandle::operator()(sqlite3* handle) const { sqlite3_close_v2(handle); }

void SqliteConnection::fail(int result_code, std::string_view sql) const {
  const std::string message = sqlite3_errmsg(handle_.get());
  // SQLITE_LOCKED is not a conflict here: without shared cache it means this connection's own
  // statements are in each other's way, which no retry would change.
  if ((result_code & 0xff) == SQLITE_BUSY) {
    throw TransactionConflict(summarize_statement(sql) + ": " + message);
  }
  throw_statement_error(sql, message);
}

sqlite3_stmt* SqliteConnection::prepare(std::string_view sql) {
  if (sqlite3_stmt* cached = statements_.find(sql)) return cached;
  sqlite3_stmt* statement = nullptr;
  const char* tail = nullptr;
  const int code = sqlite3_prepare_v3(handle_.get(), sql.data(), sql_length(sql),
                                      SQLITE_PREPARE_PERSISTENT, &statement, &tail);
  if (code != SQLITE_OK) fail(code, sql);
  if (statement == nullptr) throw_statement_error(sql, "holds no statement");
  std::string problem;
  if (!is_blank(sql.substr(static_cast<std::size_t>(tail - sql.data())))) {
    // Only comments may follow: SQLite would silently ignore anything else.
    sqlite3_stmt* next = nullptr;
    const std::string_view rest = sql.substr(static_cast<std::size_t>(tail - sql.data()));
    const int rest_code =
        sqlite3_prepare_v2(handle_.get(), rest.data(), sql_length(rest), &next, nullptr);
    if (rest_code != SQLITE_OK || next != nullptr) {
      problem = "holds more than one statement; run one per call";
    }
    sqlite3_finalize(next);
  }
  for (int index = 1; problem.empty() && index <= sqlite3_bind_parameter_count(statement);
       ++index) {
    if (const char* name = sqlite3_bind_parameter_name(statement, index)) {
      problem = "uses the placeholder " + std::string(name) + "; write ? placeholders only";
    }
  }
  if (!problem.empty()) {
    sqlite3_finalize(statement);
    throw_statement_error(sql, problem);
  }
  statements_.insert(sql, statement);
  return statement;
}

void SqliteConnection::check_writable(sqlite3_stmt* statement, std::string_view sql) const {
  const bool reads_only =
      mode() == TransactionMode::kRead || mode() == TransactionMode::kSingleRead;
  if (reads_only && !sqlite3_stmt_readonly(statement)) {
    throw_statement_error(sql, "writes, but runs in a read transaction; use Database::write");
  }
}

std::int64_t SqliteConnection::run_execute(std::string_view sql, Params params) {
  sqlite3_stmt* statement = prepare(sql);
  check_writable(statement, sql);
  BoundStatement bound(*this, statement, sql, params);
  const sqlite3_int64 changes_before = sqlite3_total_changes64(handle_.get());
  int code;
  while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
  }
  if (code != SQLITE_DONE) fail(code, sql);
  // sqlite3_changes64 keeps the count of the last INSERT/UPDATE/DELETE; a statement that changed
  // no row (DDL, SELECT) must not report that stale count.
  if (sqlite3_total_changes64(handle_.get()) == changes_before) return 0;
  return sqlite3_changes64(handle_.get());
}

std::vector<Row> SqliteConnection::run_query(std::string_view sql, Params params,
                                             std::size_t max_rows) {
  sqlite3_stmt* statement = prepare(sql);
  check_writable(statement, sql);
  BoundStatement bound(*this, statement, sql, params);
  const int columns = sqlite3_column_count(statement);
  auto names = std::make_shared<std::vector<std::string>>();
  names->reserve(static_cast<std::size_t>(columns));
  for (int column = 0; column < columns; ++column) {
    const char* name = sqlite3_column_name(statement, column);
    if (name == nullptr) throw Failure(std::string(kDatabaseError), "out of memory");
    names->emplace_back(name);
  }
  std::vector<Row> rows;
  int code = SQLITE_DONE;
  while (rows.size() <= max_rows && (code = sqlite3_step(statement)) == SQLITE_ROW) {
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int column = 0; column < columns; ++column) {
      switch (sqlite3_column_type(statement, column)) {
        case SQLITE_INTEGER:
          values.emplace_back(std::int64_t{sqlite3_column_int64(statement, column)});
          break;
        case SQLITE_FLOAT:
          values.emplace_back(sqlite3_column_double(statement, column));
          break;
        case SQLITE_TEXT: {
          // The pointer first, then the size: that order is the one SQLite documents as stable.
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
          const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement, column));
          values.emplace_back(std::string(text == nullptr ? "" : text, text == nullptr ? 0 : size));
          break;
        }
        case SQLITE_BLOB: {
          const auto* bytes =
              static_cast<const std::uint8_t*>(sqlite3_column_blob(statement, column));
          const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement, column));
          Blob blob;
          if (bytes != nullptr) blob.bytes.assign(bytes, bytes + size);
          values.emplace_back(std::move(blob));
          break;
        }
        default:
          values.emplace_back(nullptr);
      }
    }
    rows.emplace_back(names, std::move(values));
  }
  if (rows.size() <= max_rows && code != SQLITE_DONE) fail(code, sql);
  return rows;
}

void SqliteConnection::run_script(std::string_view sql) {
  std::string_view rest = sql;
  while (!is_blank(rest)) {
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    int code = sqlite3_prepare_v2(handle_.get(), rest.data(), sql_length(rest), &statement, &tail);
    if (code != SQLITE_OK) fail(code, rest);
    if (statement == nullptr) break;  // only comments were left
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> owned(statement, sqlite3_finalize);
    const std::string_view current = rest.substr(0, static_cast<std::size_t>(tail - rest.data()));
    check_writable(statement, current);
    if (sqlite3_bind_parameter_count(statement) != 0) {
      throw_statement_error(current, "has placeholders, but a script takes no parameters");
    }
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    if (code != SQLITE_DONE) fail(code, current);
    rest = rest.substr(current.size());
  }
}

void SqliteConnection::begin(TransactionMode mode) {
  // IMMEDIATE takes the write lock now: a deferred transaction that reads and then writes can
  // meet another writer and fail with SQLITE_BUSY at once, without the busy timeout applying.
  // The write lock is also the schema lock: there is only one. A single read needs no block.
  if (mode == TransactionMode::kSingleRead) return;
  run_execute(mode == TransactionMode::kRead ? "BEGIN" : "BEGIN IMMEDIATE", {});
}

void SqliteConnection::commit() {
  if (mode() != TransactionMode::kSingleRead) run_execute("COMMIT", {});
}

bool SqliteConnection::rollback() noexcept {
  // SQLite rolls back by itself on some errors (SQLITE_FULL, SQLITE_IOERR, ...).
  if (sqlite3_get_autocommit(handle_.get())) return true;
  // Not cached: rollbacks are rare, and this must not allocate (it runs during unwinding).
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(handle_.get(), "ROLLBACK", -1, &statement, nullptr) != SQLITE_OK) {
    sqlite3_finalize(statement);
    return false;
  }
  const int code = sqlite3_step(statement);
  sqlite3_finalize(statement);
  return code == SQLITE_DONE && sqlite3_get_autocommit(handle_.get());
}

}  // namespace cairn::store
