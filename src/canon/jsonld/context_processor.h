// ContextProcessor: the Context Processing Algorithm (JSON-LD 1.1 Processing Algorithms, section
// 4.1.2): applies a local context (a URL, an inline context definition, null, or an array of
// them) to an active context and returns the new active context.
//
// One ContextProcessor serves one expand() call: it carries that call's options, its loader and
// its work counters. Results are memoised in the ContextCache it is given, which may be shared by
// many processors (and threads), so a context is processed once per (active context, local
// context) pair per process.
//
// Limits (JsonLdOptions::limits): nested context inclusions deeper than max_context_depth, or more
// than max_remote_contexts remote contexts in one chain, are the error "context overflow"; so is
// more than max_output_values units of work in one call (a unit is a term definition created or
// copied), which bounds the time a crafted context can take.
//
// Thread-safety: one thread per ContextProcessor; the cache handles its own locking.
#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "canon/jsonld/active_context.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/options.h"

namespace cairn::canon::jsonld {

class ContextProcessor {
 public:
  // `options` and `cache` must outlive the processor.
  ContextProcessor(const JsonLdOptions& options, ContextCache& cache);

  // The newly-initialised active context of a document whose base is `base`.
  ActiveContextPtr initial_context(std::string_view base);

  // Returns `active` with `local_context` applied, relative context URLs being resolved against
  // `base_url`. Only how.override_protected and how.propagate are read; the processing mode
  // comes from the options. Throws cairn::Failure with the JSON-LD error code on error.
  ActiveContextPtr apply(const ActiveContextPtr& active, const boost::json::value& local_context,
                         std::string_view base_url, ContextApplication how);

  // The same for a term's scoped context (its own base URL; cached by identity).
  ActiveContextPtr apply_scoped(const ActiveContextPtr& active,
                                const std::shared_ptr<const ScopedContext>& scoped,
                                ContextApplication how);

  bool json_ld_10() const { return json_ld_10_; }

  // Counts `units` of work (one per term definition created or copied) against the call's
  // budget, max_output_values; throws "context overflow" past it. Copies count because a
  // crafted context can make the algorithm copy a large context once per term.
  void count_work(std::size_t units = 1);

  // A copy of `context` to build on, counted as work.
  std::shared_ptr<ActiveContext> clone_context(const ActiveContext& context);

  // The URLs of the remote contexts being processed, outermost first.
  using RemoteChain = std::vector<std::string>;

  // What a nested Context Processing call inherits from its caller.
  struct Nesting {
    RemoteChain remote_contexts;
    bool validate_scoped_context = true;
    bool inside_remote_context = false;  // "@base" is ignored inside remote contexts
    std::size_t depth = 0;
  };

  // The algorithm itself, uncached (TermDefinitionBuilder uses it to validate scoped contexts).
  ActiveContextPtr process(const ActiveContextPtr& active, const boost::json::value& local_context,
                           std::string_view base_url, ContextApplication how, Nesting nesting);

 private:
  // Steps 5.5 to 5.13: applies one context definition (an object) to `active`.
  ActiveContextPtr apply_definition(const ActiveContextPtr& active,
                                    const boost::json::object& definition,
                                    std::string_view base_url, ContextApplication how,
                                    const Nesting& nesting);
  std::shared_ptr<const RemoteContext> load_remote_context(const std::string& url);

  const JsonLdOptions& options_;
  ContextCache& cache_;
  const bool json_ld_10_;
  std::size_t work_ = 0;
};

}  // namespace cairn::canon::jsonld
