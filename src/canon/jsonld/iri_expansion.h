// IRI Expansion (JSON-LD 1.1 Processing Algorithms, section 5.2): turns a term, compact IRI,
// keyword alias or relative reference into an absolute IRI, blank node identifier or keyword.
//
// Thread-safety: reads the active context only; safe from several threads on a shared context.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "canon/jsonld/active_context.h"

namespace cairn::canon::jsonld {

// What a string that is neither a term nor a compact IRI is relative to.
struct IriExpansionMode {
  bool document_relative = false;  // resolve against the base IRI
  bool vocab = false;              // terms and the vocabulary mapping apply
};
inline constexpr IriExpansionMode kVocabRelative{false, true};
inline constexpr IriExpansionMode kDocumentRelative{true, false};
inline constexpr IriExpansionMode kVocabOrDocumentRelative{true, true};
inline constexpr IriExpansionMode kAsWritten{false, false};

// While a local context is being processed, terms it defines may be used (as prefixes or
// aliases) before their own definition has been created; IRI expansion asks this hook to define
// them first (the "local context and defined" inputs of the algorithm).
class TermDependencies {
 public:
  // Creates the term definition of `term` from the local context being processed, when the
  // local context has one and it is not yet created. Throws cairn::Failure on a bad definition.
  virtual void define_dependency(std::string_view term) = 0;

 protected:
  ~TermDependencies() = default;
};

// Returns the expansion of `value`: an IRI, blank node identifier or keyword, or std::nullopt
// when it expands to null (a term mapped to null, or a reserved "@..." string that is not a
// keyword). `dependencies` is nullptr outside context processing. Throws cairn::Failure only
// through `dependencies`.
std::optional<std::string> expand_iri(const ActiveContext& context, std::string_view value,
                                      IriExpansionMode mode,
                                      TermDependencies* dependencies = nullptr);

// The same without allocating when it can: the view points into `value`, into a term
// definition of `context`, or into `buffer` (overwritten when the IRI has to be built), so it
// is valid while those are alive and `buffer` is not changed.
std::optional<std::string_view> expand_iri_view(const ActiveContext& context,
                                                std::string_view value, IriExpansionMode mode,
                                                std::string& buffer,
                                                TermDependencies* dependencies = nullptr);

}  // namespace cairn::canon::jsonld
