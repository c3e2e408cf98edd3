// The input dataset in the shape RDFC-1.0 works on: its quads in input order, its blank nodes
// numbered in order of first appearance, and the blank node to quads map (section 4.4.3, step 2).
// Internal to canon/rdfc.
//
// Duplicates of quads that mention blank nodes are dropped here, because they would change the
// hashes; duplicates of ground quads are left for the writer of the output to drop, which costs
// nothing there since it sorts the lines anyway.
//
// Holds pointers into the Dataset it was built from, which must outlive it.
//
// Thread-safety: immutable after construction.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "canon/rdf/nquads_serializer.h"
#include "canon/rdf/quad.h"
#include "canon/rdfc/identifier_issuer.h"

namespace cairn::canon::rdfc {

inline constexpr BlankNodeId kNoBlankNode = std::numeric_limits<BlankNodeId>::max();

// The components of a quad that may be blank nodes, and the letter RDFC-1.0 hashes them by.
enum BlankPosition : std::uint8_t { kSubject, kObject, kGraph };
inline constexpr std::array<char, 3> kPositionLetters = {'s', 'o', 'g'};

struct IndexedQuad {
  const rdf::Quad* quad;
  std::array<BlankNodeId, 3> blank;  // by BlankPosition; kNoBlankNode where the term is not blank
};

class IndexedDataset {
 public:
  // Throws Failure "invalid dataset" when a quad cannot be RDF (see canonicalize.h).
  explicit IndexedDataset(const rdf::Dataset& dataset);

  const std::vector<IndexedQuad>& quads() const { return quads_; }
  std::size_t blank_node_count() const { return labels_.size(); }
  std::string_view label(BlankNodeId node) const { return labels_[node]; }
  // The positions in quads() of the quads that mention `node`, each once, in input order.
  std::span<const std::uint32_t> mentions(BlankNodeId node) const {
    return std::span(mentions_).subspan(mention_offsets_[node],
                                        mention_offsets_[node + 1] - mention_offsets_[node]);
  }

 private:
  void number_blank_nodes();
  void drop_duplicates_with_blank_nodes();
  void build_mentions();

  std::vector<IndexedQuad> quads_;
  std::vector<std::string_view> labels_;        // by BlankNodeId
  std::vector<std::uint32_t> mention_offsets_;  // mentions of node n: [offsets[n], offsets[n+1])
  std::vector<std::uint32_t> mentions_;
};

// Appends the canonical N-Quads line of `quad`, writing each blank node as "_:" + label(id):
// the a/z labels of Hash First Degree Quads or the canonical labels of the output.
template <class Label>
void append_line(std::string& out, const IndexedQuad& quad, const Label& label) {
  const auto append_component = [&](const rdf::Term& term, BlankNodeId node) {
    if (node == kNoBlankNode) {
      rdf::append_term(out, term);
    } else {
      out.append("_:");
      out.append(label(node));
    }
  };
  append_component(quad.quad->subject, quad.blank[kSubject]);
  out.push_back(' ');
  rdf::append_term(out, quad.quad->predicate);
  out.push_back(' ');
  append_component(quad.quad->object, quad.blank[kObject]);
  out.push_back(' ');
  if (quad.quad->graph.kind != rdf::TermKind::kDefaultGraph) {
    append_component(quad.quad->graph, quad.blank[kGraph]);
    out.push_back(' ');
  }
  out.append(".\n");
}

}  // namespace cairn::canon::rdfc
