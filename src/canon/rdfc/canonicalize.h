// RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, https://www.w3.org/TR/rdf-canon/):
// gives every blank node of a dataset a canonical label (c14n0, c14n1, ...) that depends only on
// the dataset's content, and writes the result as canonical N-Quads, so that isomorphic datasets
// give the same bytes to hash and sign.
//
// The input is treated as a set: duplicate quads count once. Work on blank nodes that only deep
// comparison can tell apart is bounded by RdfcOptions (max_work, max_recursion_depth), so a
// "poison" dataset fails fast instead of running for hours.
//
// Thread-safety: free functions without shared state; concurrent calls are safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "canon/rdf/nquads_parser.h"
#include "canon/rdf/quad.h"
#include "canon/rdfc/options.h"
#include "common/result.h"

namespace cairn::canon::rdfc {

struct CanonicalForm {
  // The serialized canonical form: canonical N-Quads lines in code point order, each ending in LF.
  std::string nquads;
  // The issued identifiers map: {input blank node label, canonical label} (labels without "_:"),
  // in the order the labels were issued, so issued_identifiers[i].second is "c14n<i>".
  std::vector<std::pair<std::string, std::string>> issued_identifiers;
  // How many times two different labelings compared equal and the input order chose between
  // them: equal N-degree hashes in step 5, or equal paths with different issuers in Hash N-Degree
  // Quads. RDFC-1.0 leaves such ties to input order. When the tied blank nodes are automorphic
  // the choice cannot show in the output; when they are not (Hash N-Degree Quads records which
  // nodes a node is related to and how, but not through which quad), the same dataset in another
  // quad order or under other labels may get other canonical labels, as it does in
  // rdf-canonize. Zero means the labels depend on the dataset alone.
  std::size_t input_order_ties = 0;
};

// Returns the canonical form of `dataset`, or an Error with code
//  - "rdfc work limit exceeded" when the dataset needs more work than options allow (the message
//    says which limit);
//  - "invalid dataset" when a quad cannot be RDF (a literal or the default graph as subject, a
//    predicate that is not an IRI, a literal as graph name, an empty blank node label).
Result<CanonicalForm> canonicalize(const rdf::Dataset& dataset, const RdfcOptions& options = {});

// Parses `nquads` and returns its serialized canonical form; errors are those of
// rdf::parse_nquads and of canonicalize().
Result<std::string> canonicalize_nquads(std::string_view nquads, const RdfcOptions& options = {},
                                        const rdf::NQuadsLimits& limits = {});

}  // namespace cairn::canon::rdfc
