#include "did/did_document_cache.h"

#include <algorithm>

namespace cairn::did {

DidDocumentCache::DidDocumentCache(Clock::duration time_to_live, std::size_t max_entries)
    : time_to_live_(time_to_live), max_entries_(max_entries) {}

std::optional<boost::json::object> DidDocumentCache::find(std::string_view did,
                                                          Clock::time_point now) const {
  const std::lock_guard lock(mutex_);
  const auto found = entries_.find(did);
  if (found == entries_.end() || found->second.expires <= now) return std::nullopt;
  return found->second.document;
}

void DidDocumentCache::insert(std::string did, boost::json::object document,
                              Clock::time_point now) {
  if (max_entries_ == 0 || time_to_live_ <= Clock::duration::zero()) return;
  const std::lock_guard lock(mutex_);
  entries_.erase(did);
  make_room(now);
  entries_.emplace(std::move(did), Entry{std::move(document), now + time_to_live_});
}

std::size_t DidDocumentCache::size() const {
  const std::lock_guard lock(mutex_);
  return entries_.size();
}

void DidDocumentCache::make_room(Clock::time_point now) {
  if (entries_.size() < max_entries_) return;
  std::erase_if(entries_, [now](const auto& entry) { return entry.second.expires <= now; });
  while (entries_.size() >= max_entries_) {
    entries_.erase(std::min_element(
        entries_.begin(), entries_.end(),
        [](const auto& a, const auto& b) { return a.second.expires < b.second.expires; }));
  }
}

}  // namespace cairn::did
