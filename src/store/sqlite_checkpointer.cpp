#include "store/sqlite_checkpointer.h"

#include <sqlite3.h>

#include "common/result.h"
#include "store/store_errors.h"

namespace cairn::store {

void SqliteCheckpointer::CloseHandle::operator()(sqlite3* handle) const {
  sqlite3_close_v2(handle);
}

SqliteCheckpointer::SqliteCheckpointer(const std::string& path) {
  sqlite3* handle = nullptr;
  const int opened =
      sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
  handle_.reset(handle);
  if (opened != SQLITE_OK) {
    throw Failure(std::string(kDatabaseError),
                  "cannot open SQLite database " + path + " for checkpoints: " +
                      (handle != nullptr ? sqlite3_errmsg(handle) : "out of memory"));
  }
  // Only the RESTART checkpoint waits, and not for long.
  sqlite3_busy_timeout(handle, 1'000);
  // This connection never commits, but closing it must not checkpoint on the caller's thread
  // either way: the pool's last connection does that when the database closes.
  sqlite3_wal_autocheckpoint(handle, 0);
  thread_ = std::thread([this] { run(); });
}

SqliteCheckpointer::~SqliteCheckpointer() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void SqliteCheckpointer::watch(sqlite3* handle) { sqlite3_wal_hook(handle, on_commit, this); }

int SqliteCheckpointer::on_commit(void* self, sqlite3*, const char*, int log_pages) {
  auto& checkpointer = *static_cast<SqliteCheckpointer*>(self);
  {
    const std::lock_guard lock(checkpointer.mutex_);
    checkpointer.log_pages_ = log_pages;
  }
  if (log_pages >= kCheckpointPages) checkpointer.wake_.notify_one();
  return SQLITE_OK;
}

void SqliteCheckpointer::checkpoint(int mode) {
  int log_frames = -1;
  sqlite3_wal_checkpoint_v2(handle_.get(), nullptr, mode, &log_frames, nullptr);
  if (log_frames != -1) return;
  // -1: this connection has not read the database since it went into WAL mode, and does not
  // know the log yet. A read of the schema opens it; then the checkpoint can run.
  sqlite3_exec(handle_.get(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
  sqlite3_wal_checkpoint_v2(handle_.get(), nullptr, mode, nullptr, nullptr);
}

void SqliteCheckpointer::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return stopping_ || log_pages_ >= kCheckpointPages; });
    if (stopping_) return;
    const int mode =
        log_pages_ >= kForceCheckpointPages ? SQLITE_CHECKPOINT_RESTART : SQLITE_CHECKPOINT_PASSIVE;
    // Until the next commit says otherwise, the log counts as copied.
    log_pages_ = 0;
    lock.unlock();
    checkpoint(mode);
    lock.lock();
  }
}

}  // namespace cairn::store
