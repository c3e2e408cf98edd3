// Options and limits for JSON-LD processing (expansion and toRdf), as the JSON-LD 1.1 API's
// JsonLdOptions names them, restricted to what Cairn needs.
//
// Thread-safety: plain values.
#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <optional>
#include <string>

#include "canon/jsonld/document_loader.h"

namespace cairn::canon::jsonld {

class ContextCache;  // canon/jsonld/context_cache.h

enum class ProcessingMode { kJsonLd10, kJsonLd11 };
enum class RdfDirection { kI18nDatatype, kCompoundLiteral };

struct JsonLdLimits {
  std::size_t max_context_depth = 32;        // nested/remote context inclusions while processing
  std::size_t max_remote_contexts = 64;      // distinct remote contexts per document
  std::size_t max_expansion_depth = 128;     // nesting of node objects and arrays
  std::size_t max_output_values = 1u << 20;  // values produced by expansion / quads by toRdf
};

struct JsonLdOptions {
  std::string base;  // the document's base IRI; empty when it has none
  ProcessingMode processing_mode = ProcessingMode::kJsonLd11;
  // Where remote contexts come from; nullptr means none can be loaded (every remote context
  // is then "loading remote context failed").
  const DocumentLoader* loader = nullptr;
  std::optional<boost::json::value> expand_context;  // the suite's expandContext option
  JsonLdLimits limits;
  // Processed contexts shared across documents, so a context is processed once per process and
  // not once per document; nullptr processes every context afresh. canon/ has no globals: the
  // owner (CLI, server, benchmark) makes one cache and passes it in.
  ContextCache* context_cache = nullptr;
  // Data Integrity's "safe mode": a property whose key expands to nothing (an undefined term, a
  // relative IRI) is the error "dropped property" instead of being left out, so no value a
  // person reads can escape what is signed and checked.
  bool safe_mode = false;

  // toRdf only
  std::optional<RdfDirection> rdf_direction;
  bool produce_generalized_rdf = false;
};

}  // namespace cairn::canon::jsonld
