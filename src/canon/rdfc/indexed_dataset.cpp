#include "canon/rdfc/indexed_dataset.h"

#include <algorithm>
#include <compare>
#include <functional>
#include <tuple>
#include <unordered_map>

#include "common/result.h"

namespace cairn::canon::rdfc {

namespace {

using rdf::Quad;
using rdf::Term;
using rdf::TermKind;

std::strong_ordering compare_terms(const Term& a, const Term& b) {
  return std::tie(a.kind, a.value, a.datatype, a.language) <=>
         std::tie(b.kind, b.value, b.datatype, b.language);
}

std::strong_ordering compare_quads(const Quad& a, const Quad& b) {
  if (const auto order = compare_terms(a.subject, b.subject); order != 0) return order;
  if (const auto order = compare_terms(a.predicate, b.predicate); order != 0) return order;
  if (const auto order = compare_terms(a.object, b.object); order != 0) return order;
  return compare_terms(a.graph, b.graph);
}

// A hash consistent with quad equality; blank nodes enter by number, which is cheaper than
// hashing their labels.
std::size_t hash_quad(const IndexedQuad& indexed) {
  const std::hash<std::string_view> hash_text;
  const Quad& quad = *indexed.quad;
  std::size_t hash = hash_text(quad.predicate.value);
  const auto mix = [&hash](std::size_t value) { hash = (hash ^ value) * 0x100000001B3ull; };
  const Term* components[] = {&quad.subject, &quad.object, &quad.graph};
  for (const BlankPosition position : {kSubject, kObject, kGraph}) {
    const Term& term = *components[position];
    mix(static_cast<std::size_t>(term.kind));
    if (indexed.blank[position] != kNoBlankNode) {
      mix(indexed.blank[position]);
      continue;
    }
    mix(hash_text(term.value));
    if (term.kind == TermKind::kLiteral) {
      mix(hash_text(term.datatype));
      mix(hash_text(term.language));
    }
  }
  return hash;
}

bool has_blank_node(const IndexedQuad& quad) {
  return quad.blank[kSubject] != kNoBlankNode || quad.blank[kObject] != kNoBlankNode ||
         quad.blank[kGraph] != kNoBlankNode;
}

void check_quad(const Quad& quad, std::size_t index) {
  const auto fail = [&](const char* what) {
    throw Failure("invalid dataset", "quad " + std::to_string(index + 1) + " has " + what);
  };
  const auto is_node = [](const Term& term) {
    return term.kind == TermKind::kIri || term.kind == TermKind::kBlankNode;
  };
  if (!is_node(quad.subject)) fail("a subject that is neither an IRI nor a blank node");
  if (quad.predicate.kind != TermKind::kIri) fail("a predicate that is not an IRI");
  if (quad.object.kind == TermKind::kDefaultGraph) fail("no object");
  if (quad.graph.kind == TermKind::kLiteral) fail("a literal as graph name");
  for (const Term* term : {&quad.subject, &quad.object, &quad.graph}) {
    if (term->kind == TermKind::kBlankNode && term->value.empty())
      fail("an empty blank node label");
  }
}

}  // namespace

IndexedDataset::IndexedDataset(const rdf::Dataset& dataset) {
  quads_.reserve(dataset.size());
  for (std::size_t i = 0; i < dataset.size(); ++i) {
    check_quad(dataset[i], i);
    quads_.push_back({&dataset[i], {kNoBlankNode, kNoBlankNode, kNoBlankNode}});
  }
  number_blank_nodes();
  drop_duplicates_with_blank_nodes();
  build_mentions();
}

void IndexedDataset::number_blank_nodes() {
  std::unordered_map<std::string_view, BlankNodeId> ids;
  for (IndexedQuad& quad : quads_) {
    const Term* components[] = {&quad.quad->subject, &quad.quad->object, &quad.quad->graph};
    for (const BlankPosition position : {kSubject, kObject, kGraph}) {
      const Term& term = *components[position];
      if (term.kind != TermKind::kBlankNode) continue;
      const auto [entry, inserted] =
          ids.try_emplace(term.value, static_cast<BlankNodeId>(labels_.size()));
      if (inserted) labels_.push_back(term.value);
      quad.blank[position] = entry->second;
    }
  }
}

// Duplicates of quads with blank nodes would change the hashes; sorting by a cheap hash finds
// them without comparing most quads in full, and quads with equal hashes are ordered in full, so
// crafted collisions cost n log n comparisons and no more. The first of equal quads stays.
void IndexedDataset::drop_duplicates_with_blank_nodes() {
  struct Entry {
    std::size_t hash;
    std::uint32_t index;
  };
  std::vector<Entry> entries;
  for (std::uint32_t i = 0; i < quads_.size(); ++i) {
    if (has_blank_node(quads_[i])) entries.push_back({hash_quad(quads_[i]), i});
  }
  const auto same_quad = [&](const Entry& a, const Entry& b) {
    return a.hash == b.hash && compare_quads(*quads_[a.index].quad, *quads_[b.index].quad) == 0;
  };
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    const auto order = compare_quads(*quads_[a.index].quad, *quads_[b.index].quad);
    return order != 0 ? order < 0 : a.index < b.index;
  });
  std::vector<bool> duplicate(quads_.size(), false);
  for (std::size_t i = 1; i < entries.size(); ++i) {
    if (same_quad(entries[i], entries[i - 1])) duplicate[entries[i].index] = true;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < quads_.size(); ++i) {
    if (!duplicate[i]) quads_[kept++] = quads_[i];
  }
  quads_.resize(kept);
}

void IndexedDataset::build_mentions() {
  // Each quad once per blank node, even when the node is several of its components.
  const auto for_each_distinct_node = [](const IndexedQuad& quad, const auto& visit) {
    const auto& [subject, object, graph] = quad.blank;
    if (subject != kNoBlankNode) visit(subject);
    if (object != kNoBlankNode && object != subject) visit(object);
    if (graph != kNoBlankNode && graph != subject && graph != object) visit(graph);
  };
  mention_offsets_.assign(labels_.size() + 1, 0);
  for (const IndexedQuad& quad : quads_) {
    for_each_distinct_node(quad, [&](BlankNodeId node) { ++mention_offsets_[node + 1]; });
  }
  for (std::size_t node = 0; node < labels_.size(); ++node) {
    mention_offsets_[node + 1] += mention_offsets_[node];
  }
  mentions_.resize(mention_offsets_.back());
  std::vector<std::uint32_t> next(mention_offsets_.begin(), mention_offsets_.end() - 1);
  for (std::uint32_t index = 0; index < quads_.size(); ++index) {
    for_each_distinct_node(quads_[index],
                           [&](BlankNodeId node) { mentions_[next[node]++] = index; });
  }
}

}  // namespace cairn::canon::rdfc
