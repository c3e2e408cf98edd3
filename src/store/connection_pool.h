// ConnectionPool: the connections of one Database, opened on demand up to a maximum and reused.
//
// acquire() lends an idle connection, opens a new one while fewer than max_connections are open,
// or waits for one to come back. A Lease gives it back when destroyed, or closes it when the
// holder called discard() (a connection left in an unknown state is never reused).
//
// Thread-safety: acquire() may be called from many threads at once (one mutex); a Lease belongs
// to one thread. Every Lease must be gone before the pool is destroyed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/connection.h"

namespace cairn::store {

class ConnectionPool {
 public:
  // Opens one connection; throws Failure when it cannot.
  using Opener = std::function<std::unique_ptr<Connection>()>;

  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();

    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

    // Closes the connection when the lease ends instead of returning it to the pool.
    void discard() { discarded_ = true; }

   private:
    friend class ConnectionPool;
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection);

    ConnectionPool* pool_;
    std::unique_ptr<Connection> connection_;
    bool discarded_ = false;
  };

  ConnectionPool(Opener opener, std::size_t max_connections,
                 std::chrono::milliseconds acquire_timeout);
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Returns a connection for the caller's use; throws Failure ("database error") when opening
  // one fails, or when none comes free within the acquire timeout.
  Lease acquire();

  // Opens a connection now and keeps it idle, so that a bad path or server is reported at start
  // rather than at the first request; throws Failure when opening fails.
  void open_one();

 private:
  void give_back(std::unique_ptr<Connection> connection, bool discarded);
  std::unique_ptr<Connection> open_counted();  // requires a slot already counted in open_

  const Opener opener_;
  const std::size_t max_connections_;
  const std::chrono::milliseconds acquire_timeout_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;  // idle, lent, or being opened
};

}  // namespace cairn::store
