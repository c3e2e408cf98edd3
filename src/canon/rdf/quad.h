// RDF terms, quads and datasets: the common currency of toRdf, N-Quads and RDFC-1.0.
//
// A Term is a plain value. Blank node labels are stored without the "_:" prefix. Literals always
// carry a datatype IRI (xsd:string or rdf:langString when none was written); language tags are
// stored as written.
//
// Thread-safety: plain values; distinct objects may be used from distinct threads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cairn::canon::rdf {

enum class TermKind : std::uint8_t { kIri, kBlankNode, kLiteral, kDefaultGraph };

inline constexpr const char* kXsdString = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr const char* kRdfLangString =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
inline constexpr const char* kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr const char* kRdfFirst = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
inline constexpr const char* kRdfRest = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
inline constexpr const char* kRdfNil = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";

struct Term {
  TermKind kind = TermKind::kDefaultGraph;
  std::string value;     // IRI, blank node label (no "_:"), or the literal's lexical form
  std::string datatype;  // literals only
  std::string language;  // literals only; empty when none

  static Term iri(std::string iri) { return {TermKind::kIri, std::move(iri), {}, {}}; }
  static Term blank(std::string label) { return {TermKind::kBlankNode, std::move(label), {}, {}}; }
  static Term literal(std::string lexical, std::string datatype = kXsdString,
                      std::string language = {}) {
    return {TermKind::kLiteral, std::move(lexical), std::move(datatype), std::move(language)};
  }
  static Term default_graph() { return {}; }

  bool operator==(const Term&) const = default;
};

struct Quad {
  Term subject;
  Term predicate;
  Term object;
  Term graph;  // TermKind::kDefaultGraph for the default graph

  bool operator==(const Quad&) const = default;
};

// An RDF dataset as a list of quads. Producers do not promise the absence of duplicates;
// consumers that need a set (RDFC-1.0, N-Quads output) remove them.
using Dataset = std::vector<Quad>;

}  // namespace cairn::canon::rdf
