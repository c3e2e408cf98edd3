// TermDefinitionBuilder: the Create Term Definition algorithm (JSON-LD 1.1 Processing
// Algorithms, section 4.2) for the terms of one context definition being applied.
//
// It owns the algorithm's "defined" map, so terms may be defined in any order: a term used as a
// prefix, alias or vocabulary by another is defined first, on demand (through the
// TermDependencies hook of IRI expansion), and cycles are the error "cyclic IRI mapping".
//
// Thread-safety: one thread; it writes the ActiveContext it is given, which no other thread may
// see until context processing returns it.
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "canon/jsonld/active_context.h"
#include "canon/jsonld/context_processor.h"
#include "canon/jsonld/iri_expansion.h"

namespace cairn::canon::jsonld {

class TermDefinitionBuilder final : public TermDependencies {
 public:
  // Defines terms of `local_context` in `result`. `local_context`, `processor`, `result` and
  // `nesting` must outlive the builder; `base_url` is where `local_context` was found.
  TermDefinitionBuilder(ContextProcessor& processor, ActiveContext& result,
                        const boost::json::object& local_context, std::string_view base_url,
                        bool protect_terms, bool override_protected,
                        const ContextProcessor::Nesting& nesting);

  // Creates the definition of `term` (an entry of the local context) unless it already exists.
  // Throws cairn::Failure with the JSON-LD error code when the definition is invalid.
  void define(std::string_view term);

  // TermDependencies: defines `term` first when the local context has it.
  void define_dependency(std::string_view term) override;

  // Processes the scoped contexts of the terms defined so far, to report errors in them now
  // ("invalid scoped context") rather than when a document uses the term; the results are
  // discarded. Call it once all terms are defined: every scoped context is then checked against
  // one copy of the new active context, instead of a copy per term as the specification's
  // step 21.3 would make (quadratic in the number of terms for a crafted context).
  void validate_scoped_contexts();

 private:
  // The definition of `term` from its (normalised) `value`, or std::nullopt when the
  // specification says to ignore the term (it maps to a reserved "@..." string).
  std::optional<TermDefinition> build(std::string_view term, const boost::json::object& value,
                                      bool simple_term);
  // Set the IRI mapping from @reverse or from @id (or the term itself); false: ignore the term.
  bool map_reverse(std::string_view term, const boost::json::object& value,
                   TermDefinition& definition);
  bool map_iri(std::string_view term, const boost::json::object& value, bool simple_term,
               TermDefinition& definition);
  void map_container(std::string_view term, const boost::json::value& container,
                     TermDefinition& definition) const;
  void map_scoped_context(const boost::json::value& context, TermDefinition& definition);
  std::optional<std::string> expand(std::string_view value, IriExpansionMode mode) {
    return expand_iri(result_, value, mode, this);
  }

  ContextProcessor& processor_;
  ActiveContext& result_;
  const boost::json::object& local_context_;
  std::string_view base_url_;
  const bool protect_terms_;
  const bool override_protected_;
  const ContextProcessor::Nesting& nesting_;
  const bool json_ld_10_;
  static constexpr std::size_t kMaxDependencyChain = 256;

  // true once a term's definition exists, false while it is being created.
  std::unordered_map<std::string_view, bool> defined_;
  std::size_t pending_ = 0;  // definitions being created (nested through dependencies)
  std::vector<std::shared_ptr<const ScopedContext>> unvalidated_;
};

}  // namespace cairn::canon::jsonld
