#include "canon/jsonld/context_cache.h"

#include <functional>
#include <mutex>
#include <utility>

namespace cairn::canon::jsonld {

ContextCache::ContextCache(std::size_t max_entries) : max_entries_(max_entries) {}

ActiveContextPtr ContextCache::initial_context(std::string_view base) {
  {
    std::shared_lock lock(mutex_);
    if (const auto found = initial_.find(base); found != initial_.end()) return found->second;
  }
  auto context = std::make_shared<const ActiveContext>(std::string(base));
  std::unique_lock lock(mutex_);
  if (initial_.size() >= max_entries_) initial_.clear();
  return initial_.try_emplace(std::string(base), std::move(context)).first->second;
}

std::shared_ptr<const RemoteContext> ContextCache::find_remote(std::string_view url) const {
  std::shared_lock lock(mutex_);
  const auto found = remote_.find(url);
  return found == remote_.end() ? nullptr : found->second;
}

void ContextCache::store_remote(std::string url, std::shared_ptr<const RemoteContext> context) {
  std::unique_lock lock(mutex_);
  if (remote_.size() >= max_entries_) remote_.clear();
  remote_.insert_or_assign(std::move(url), std::move(context));
}

std::size_t ContextCache::processed_key(const ActiveContext* active, std::size_t hash,
                                        std::string_view base_url, std::uint8_t how) {
  std::size_t key = std::hash<const void*>{}(active);
  const auto mix = [&key](std::size_t value) {
    key ^= value + 0x9e3779b97f4a7c15ULL + (key << 6) + (key >> 2);
  };
  mix(hash);
  mix(std::hash<std::string_view>{}(base_url));
  mix(how);
  return key;
}

ActiveContextPtr ContextCache::find_processed(const ActiveContextPtr& active,
                                              const boost::json::value& local_context,
                                              std::size_t hash, const ScopedContext* scoped,
                                              std::string_view base_url,
                                              ContextApplication how) const {
  const std::size_t key = processed_key(active.get(), hash, base_url, how.bits());
  std::shared_lock lock(mutex_);
  const auto [first, last] = processed_.equal_range(key);
  for (auto entry = first; entry != last; ++entry) {
    const ProcessedEntry& candidate = entry->second;
    if (candidate.active != active || candidate.how != how.bits() ||
        candidate.base_url != base_url) {
      continue;
    }
    if (candidate.local_context.get() == scoped ||
        (candidate.local_context->hash == hash &&
         candidate.local_context->context == local_context)) {
      return candidate.result;
    }
  }
  return nullptr;
}

void ContextCache::store_processed(const ActiveContextPtr& active,
                                   const boost::json::value& local_context, std::size_t hash,
                                   std::shared_ptr<const ScopedContext> scoped,
                                   std::string_view base_url, ContextApplication how,
                                   ActiveContextPtr result) {
  if (!scoped) {
    scoped = std::make_shared<const ScopedContext>(
        ScopedContext{boost::json::value(local_context, boost::json::storage_ptr()),
                      std::string(base_url), hash});
  }
  const std::size_t key = processed_key(active.get(), hash, base_url, how.bits());
  std::unique_lock lock(mutex_);
  if (processed_.size() >= max_entries_) processed_.clear();
  processed_.emplace(key, ProcessedEntry{active, std::move(scoped), std::string(base_url),
                                         how.bits(), std::move(result)});
}

std::size_t ContextCache::processed_count() const {
  std::shared_lock lock(mutex_);
  return processed_.size();
}

}  // namespace cairn::canon::jsonld
