// List to RDF Conversion (JSON-LD 1.1 Processing Algorithms, section 8.5), shared by the toRdf
// writers (to_rdf.cpp, direct_to_rdf.cpp). Internal to canon/jsonld.
//
// Thread-safety: a pure function of its arguments.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "canon/rdf/quad.h"

namespace cairn::canon::jsonld {

// Writes a list of `count` items through `add(subject, predicate, object)`: a blank node cell
// per item from `new_blank()`, all made before any item's term is asked for (so cells are
// labelled before whatever the items hold), then for cell i rdf:first `item_term(i)` (left out
// when it is nullopt) and rdf:rest the next cell or rdf:nil. Returns the head of the list: the
// first cell, or rdf:nil when `count` is 0.
template <typename NewBlank, typename ItemTerm, typename Add>
rdf::Term write_rdf_list(std::size_t count, NewBlank new_blank, ItemTerm item_term, Add add) {
  static const rdf::Term first = rdf::Term::iri(rdf::kRdfFirst);
  static const rdf::Term rest = rdf::Term::iri(rdf::kRdfRest);
  static const rdf::Term nil = rdf::Term::iri(rdf::kRdfNil);
  if (count == 0) return nil;
  std::vector<rdf::Term> cells;
  cells.reserve(count);
  for (std::size_t i = 0; i < count; ++i) cells.push_back(new_blank());
  for (std::size_t i = 0; i < count; ++i) {
    if (std::optional<rdf::Term> item = item_term(i)) add(cells[i], first, std::move(*item));
    add(cells[i], rest, i + 1 < count ? cells[i + 1] : nil);
  }
  return cells.front();
}

}  // namespace cairn::canon::jsonld
