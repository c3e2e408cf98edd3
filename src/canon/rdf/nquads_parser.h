// Reading RDF 1.1 N-Quads (https://www.w3.org/TR/n-quads/) into a Dataset.
//
// The whole grammar: IRIs with \u and \U escapes, blank node labels, literals with ECHAR and UCHAR
// escapes, language tags and datatypes, comments, an optional graph label, any EOL convention.
// Stricter than the grammar where RDF itself is: every IRI must be absolute, an escape may not
// produce a character that an IRI cannot hold, the text must be well-formed UTF-8, and
// rdf:langString is only accepted with a language tag. Quads are returned in document order,
// duplicates included (see Dataset).
//
// Thread-safety: a free function without shared state.
#pragma once

#include <cstddef>
#include <string_view>

#include "canon/rdf/quad.h"
#include "common/result.h"

namespace cairn::canon::rdf {

struct NQuadsLimits {
  std::size_t max_bytes = 16u << 20;      // whole document
  std::size_t max_quads = 1u << 20;       // statements in the document
  std::size_t max_term_bytes = 4u << 20;  // one IRI, label, lexical form or language tag
};

// Returns the quads of `text`, or an Error with code "invalid N-Quads" (the message names the line
// and column, counted from 1, and what was expected) or "limit exceeded" (which limit).
Result<Dataset> parse_nquads(std::string_view text, const NQuadsLimits& limits = {});

}  // namespace cairn::canon::rdf
