// SqliteCheckpointer: copies the write-ahead log of one SQLite database back into the database
// file on a thread of its own, so that no committing transaction pays for it.
//
// SQLite's automatic checkpoint runs inside the COMMIT that takes the log past 1,000 pages: that
// writer copies the pages and syncs both files while it still holds the write lock, and every
// other writer waits. Each pooled connection instead reports its commits here (watch()); once
// the log holds kCheckpointPages, this thread runs a PASSIVE checkpoint on a connection of its
// own, which copies what no reader still needs without blocking writers or readers. Should the
// log still grow past kForceCheckpointPages (readers holding old snapshots for long), it runs a
// RESTART checkpoint, which waits up to a second for them and lets the log start over.
// Durability is unchanged: with synchronous = NORMAL, a commit is safe from a crash of the program
// once it is in the log, and the checkpoint syncs the files before the log is reused.
//
// Errors: a checkpoint that fails (disk full, I/O error) is retried at the next report; the log
// keeps every commit meanwhile. Opening the checkpoint's connection throws Failure ("database
// error").
//
// Thread-safety: watch() and the hook it installs may be called from many threads; the object
// must outlive every connection it watches (each SqliteConnection holds it by shared_ptr).
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace cairn::store {

inline constexpr int kCheckpointPages = 1000;
inline constexpr int kForceCheckpointPages = 16 * kCheckpointPages;

class SqliteCheckpointer {
 public:
  // Opens its own connection to the database at `path` (which must exist, in WAL mode) and
  // starts the thread.
  explicit SqliteCheckpointer(const std::string& path);
  ~SqliteCheckpointer();
  SqliteCheckpointer(const SqliteCheckpointer&) = delete;
  SqliteCheckpointer& operator=(const SqliteCheckpointer&) = delete;

  // Installs the commit hook on `handle` (replacing SQLite's automatic checkpoint there).
  void watch(sqlite3* handle);

 private:
  struct CloseHandle {
    void operator()(sqlite3* handle) const;
  };

  static int on_commit(void* self, sqlite3* handle, const char* database, int log_pages);
  void run();
  void checkpoint(int mode);

  std::unique_ptr<sqlite3, CloseHandle> handle_;
  std::mutex mutex_;
  std::condition_variable wake_;
  int log_pages_ = 0;  // as the last commit reported
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace cairn::store
