#include "store/sqlite_database.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "store/sqlite_connection.h"
#include "store/store_errors.h"

namespace cairn::store {

namespace {

[[noreturn]] void fail_sqlite(const std::string& message) {
  throw Failure(std::string(kDatabaseError), message);
}

void check_path(const std::string& path) {
  if (path.empty()) fail_sqlite("the SQLite database path is empty");
  if (path.find('\0') != std::string::npos)
    fail_sqlite("the SQLite database path holds a NUL byte");
  if (path == ":memory:" || path.starts_with("file:")) {
    fail_sqlite(
        "SQLite in-memory databases and file: URIs are not supported (each pooled connection "
        "would see its own database); give a file path");
  }
}

// Creates each missing directory of `directory` with mode 0700, parents first.
void create_private_directories(const std::filesystem::path& directory) {
  std::filesystem::path prefix;
  for (const std::filesystem::path& part : directory) {
    prefix /= part;
    if (::mkdir(prefix.c_str(), 0700) == 0 || errno == EEXIST) continue;
    fail_sqlite("cannot create directory " + prefix.string() + ": " + std::strerror(errno));
  }
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    fail_sqlite("cannot use " + directory.string() + " as the database directory: not a directory");
  }
}

// Creates the file with mode 0600 when missing: SQLite itself would create it with 0644.
void create_private_file(const std::string& path) {
  const int descriptor = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (descriptor < 0)
    fail_sqlite("cannot create database file " + path + ": " + std::strerror(errno));
  ::close(descriptor);
}

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(const std::string& path, const SqliteOptions& options)
      : Database(options.database, [path, settings = settings_of(path, options)] {
          return SqliteConnection::open(path, settings);
        }) {}

  std::string_view backend() const override { return "sqlite"; }

  void open_first_connection() { pool().open_one(); }

 private:
  static SqliteConnectionSettings settings_of(const std::string& path,
                                              const SqliteOptions& options) {
    return {options.database.limits, options.busy_timeout, options.statement_cache_size,
            std::make_shared<SqliteCheckpointer>(path)};
  }
};

}  // namespace

Result<std::unique_ptr<Database>> open_sqlite(const std::string& path,
                                              const SqliteOptions& options) {
  return capture([&]() -> std::unique_ptr<Database> {
    check_path(path);
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) create_private_directories(parent);
    create_private_file(path);
    auto database = std::make_unique<SqliteDatabase>(path, options);
    database->open_first_connection();
    return database;
  });
}

}  // namespace cairn::store
