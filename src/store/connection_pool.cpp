#include "store/connection_pool.h"

#include <string>

#include "store/store_errors.h"

namespace cairn::store {

ConnectionPool::Lease::Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection)
    : pool_(pool), connection_(std::move(connection)) {}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), connection_(std::move(other.connection_)), discarded_(other.discarded_) {}

ConnectionPool::Lease::~Lease() {
  if (connection_) pool_->give_back(std::move(connection_), discarded_);
}

ConnectionPool::ConnectionPool(Opener opener, std::size_t max_connections,
                               std::chrono::milliseconds acquire_timeout)
    : opener_(std::move(opener)),
      max_connections_(max_connections == 0 ? 1 : max_connections),
      acquire_timeout_(acquire_timeout) {}

ConnectionPool::Lease ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  const bool available = returned_.wait_for(
      lock, acquire_timeout_, [this] { return !idle_.empty() || open_ < max_connections_; });
  if (!available) {
    throw Failure(std::string(kDatabaseError),
                  "no free database connection after " + std::to_string(acquire_timeout_.count()) +
                      " ms (all " + std::to_string(max_connections_) + " in use)");
  }
  if (!idle_.empty()) {
    std::unique_ptr<Connection> connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(connection));
  }
  ++open_;
  lock.unlock();
  return Lease(this, open_counted());
}

void ConnectionPool::open_one() {
  {
    std::lock_guard lock(mutex_);
    if (open_ >= max_connections_) return;
    ++open_;
  }
  std::unique_ptr<Connection> connection = open_counted();
  give_back(std::move(connection), false);
}

std::unique_ptr<Connection> ConnectionPool::open_counted() {
  try {
    return opener_();
  } catch (...) {
    {
      std::lock_guard lock(mutex_);
      --open_;
    }
    returned_.notify_one();
    throw;
  }
}

void ConnectionPool::give_back(std::unique_ptr<Connection> connection, bool discarded) {
  {
    std::lock_guard lock(mutex_);
    if (discarded) {
      --open_;
    } else {
      idle_.push_back(std::move(connection));
    }
  }
  // Closing a discarded connection happens here, outside the lock.
  connection.reset();
  returned_.notify_one();
}

}  // namespace cairn::store
