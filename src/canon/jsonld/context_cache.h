// ContextCache: processed JSON-LD contexts shared across documents, so that a context is
// loaded, parsed and processed once per process instead of once per document.
//
// It keeps three things:
//  - the initial (empty) active context for each document base, so that documents with the same
//    base start from the same ActiveContext object and can share the entries below;
//  - remote context documents by URL (only their "@context" entry and their document URL);
//  - the ActiveContext that results from applying a local context (a URL, an inline context, a
//    term's scoped context) to a given ActiveContext with given flags. The key is the identity
//    of that ActiveContext (the entry keeps it alive, so its address cannot be reused), the
//    local context's JSON (compared by value, found by hash), the base URL and the flags.
//
// A cache assumes every document processed with it uses the same DocumentLoader (or loaders that
// serve the same document for a URL): it does not key entries by loader. Each kind of entry is
// bounded by `max_entries`; when full it is emptied, so an adversary can slow processing down
// but not grow memory.
//
// Thread-safety: all member functions may be called from several threads at once (a shared
// mutex guards the maps; results are immutable and shared).
#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "canon/jsonld/active_context.h"

namespace cairn::canon::jsonld {

// The part of a loaded remote context document that context processing needs.
struct RemoteContext {
  std::string document_url;    // base URL for context references inside it
  boost::json::value context;  // the value of its top-level "@context" entry
};

// The flags of a Context Processing call that change its result.
struct ContextApplication {
  bool override_protected = false;
  bool propagate = true;
  bool json_ld_10 = false;  // processing mode json-ld-1.0

  std::uint8_t bits() const {
    return static_cast<std::uint8_t>(override_protected | propagate << 1 | json_ld_10 << 2);
  }
};

class ContextCache {
 public:
  explicit ContextCache(std::size_t max_entries = 1024);

  ContextCache(const ContextCache&) = delete;
  ContextCache& operator=(const ContextCache&) = delete;

  // Returns the shared newly-initialised active context whose base IRI is `base`.
  ActiveContextPtr initial_context(std::string_view base);

  // Returns the remote context loaded earlier for `url`, or nullptr.
  std::shared_ptr<const RemoteContext> find_remote(std::string_view url) const;
  void store_remote(std::string url, std::shared_ptr<const RemoteContext> context);

  // Returns the result stored for applying `local_context` (whose std::hash is `hash`; `scoped`
  // is the ScopedContext it comes from, or nullptr) to `active`, or nullptr.
  ActiveContextPtr find_processed(const ActiveContextPtr& active,
                                  const boost::json::value& local_context, std::size_t hash,
                                  const ScopedContext* scoped, std::string_view base_url,
                                  ContextApplication how) const;
  void store_processed(const ActiveContextPtr& active, const boost::json::value& local_context,
                       std::size_t hash, std::shared_ptr<const ScopedContext> scoped,
                       std::string_view base_url, ContextApplication how, ActiveContextPtr result);

  // Number of processed-context entries (for tests and statistics).
  std::size_t processed_count() const;

 private:
  struct ProcessedEntry {
    ActiveContextPtr active;  // pinned, so its address identifies it
    std::shared_ptr<const ScopedContext> local_context;
    std::string base_url;
    std::uint8_t how = 0;
    ActiveContextPtr result;
  };
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  template <class T>
  using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

  static std::size_t processed_key(const ActiveContext* active, std::size_t hash,
                                   std::string_view base_url, std::uint8_t how);

  const std::size_t max_entries_;
  mutable std::shared_mutex mutex_;
  StringMap<ActiveContextPtr> initial_;
  StringMap<std::shared_ptr<const RemoteContext>> remote_;
  std::unordered_multimap<std::size_t, ProcessedEntry> processed_;
};

}  // namespace cairn::canon::jsonld
