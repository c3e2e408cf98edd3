// DidDocumentCache: DID documents downloaded recently, each kept for a fixed time to live, at
// most a fixed number of them. It spares the network (and the issuer's server) when a batch of
// credentials from one issuer is verified, while a rotated or revoked key is seen within the TTL.
//
// When full, inserting drops the expired entries, then the entry closest to expiring (the oldest,
// since all share one TTL). Time comes from the caller, so tests need no sleeping.
//
// Thread-safety: every member function may be called from many threads at once (one mutex).
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace cairn::did {

class DidDocumentCache {
 public:
  using Clock = std::chrono::steady_clock;

  // A cache with max_entries 0 or a TTL of zero keeps nothing.
  DidDocumentCache(Clock::duration time_to_live, std::size_t max_entries);

  // Returns the document cached for `did` if it is still fresh at `now`, else nullopt.
  std::optional<boost::json::object> find(std::string_view did, Clock::time_point now) const;

  // Caches `document` for `did` from `now` on, replacing an earlier entry.
  void insert(std::string did, boost::json::object document, Clock::time_point now);

  // Returns the number of entries, fresh or not yet dropped.
  std::size_t size() const;

 private:
  struct Entry {
    boost::json::object document;
    Clock::time_point expires;
  };

  void make_room(Clock::time_point now);  // requires mutex_ held

  const Clock::duration time_to_live_;
  const std::size_t max_entries_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace cairn::did
