#include "canon/rdfc/indexed_dataset.h"

#include <algorithm>
#include <compare>
#include <cstring>
#include <numeric>
#include <tuple>

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
  if (const auto order = compare_terms(a.subject, b.subject); std::is_neq(order)) return order;
  if (const auto order = compare_terms(a.predicate, b.predicate); std::is_neq(order)) return order;
  if (const auto order = compare_terms(a.object, b.object); std::is_neq(order)) return order;
  return compare_terms(a.graph, b.graph);
}

// A key that equal quads share and distinct ones rarely do, read in constant time per term: the
// blank node numbers, and of every other string its length and its last eight bytes (IRIs differ
// at their ends more than at their starts). Distinct quads with equal keys are told apart by a
// full comparison.
std::uint64_t duplicate_key(const IndexedQuad& indexed) {
  std::uint64_t key = 0xcbf29ce484222325ull;
  const auto mix = [&key](std::uint64_t value) { key = (key ^ value) * 0x100000001B3ull; };
  const auto mix_text = [&mix](std::string_view text) {
    std::uint64_t tail = 0;
    const std::size_t count = std::min<std::size_t>(text.size(), sizeof tail);
    std::memcpy(&tail, text.data() + text.size() - count, count);
    mix(text.size());
    mix(tail);
  };
  const Quad& quad = *indexed.quad;
  mix_text(quad.predicate.value);
  const Term* components[] = {&quad.subject, &quad.object, &quad.graph};
  for (const BlankPosition position : {kSubject, kObject, kGraph}) {
    const Term& term = *components[position];
    mix(static_cast<std::uint64_t>(term.kind));
    if (indexed.blank[position] != kNoBlankNode) {
      mix(indexed.blank[position]);
      continue;
    }
    mix_text(term.value);
    if (term.kind == TermKind::kLiteral) {
      mix_text(term.datatype);
      mix_text(term.language);
    }
  }
  return key;
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
    if (term->kind == TermKind::kBlankNode && term->value.empty()) {
      fail("an empty blank node label");
    }
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

// Sorting the labels rather than hashing them keeps the cost n log n whatever the labels are
// (crafted labels can make any fixed hash function collide).
void IndexedDataset::number_blank_nodes() {
  struct Occurrence {
    std::uint64_t head;  // the label's first 8 bytes: most labels are compared by it alone
    std::string_view label;
    std::uint32_t quad;
    BlankPosition position;
  };
  std::vector<Occurrence> occurrences;
  occurrences.reserve(3 * quads_.size());
  for (std::uint32_t index = 0; index < quads_.size(); ++index) {
    const Quad& quad = *quads_[index].quad;
    const Term* components[] = {&quad.subject, &quad.object, &quad.graph};
    for (const BlankPosition position : {kSubject, kObject, kGraph}) {
      const Term& term = *components[position];
      if (term.kind != TermKind::kBlankNode) continue;
      std::uint64_t head = 0;
      std::memcpy(&head, term.value.data(), std::min<std::size_t>(term.value.size(), sizeof head));
      occurrences.push_back({head, term.value, index, position});
    }
  }
  const auto input_order = [](const Occurrence& a, const Occurrence& b) {
    return a.quad != b.quad ? a.quad < b.quad : a.position < b.position;
  };
  // Any order that groups equal labels will do; within a label, input order, so that each run of
  // one label starts with its first use.
  std::sort(occurrences.begin(), occurrences.end(), [&](const Occurrence& a, const Occurrence& b) {
    if (a.label.size() != b.label.size()) return a.label.size() < b.label.size();
    if (a.head != b.head) return a.head < b.head;
    const int order = a.label.compare(b.label);
    return order != 0 ? order < 0 : input_order(a, b);
  });
  struct Run {
    std::uint32_t begin;
    std::uint32_t end;
  };
  std::vector<Run> runs;
  for (std::uint32_t i = 0; i < occurrences.size(); ++i) {
    if (i == 0 || occurrences[i].label != occurrences[i - 1].label) runs.push_back({i, i});
    runs.back().end = i + 1;
  }
  // Numbers in order of first use.
  std::sort(runs.begin(), runs.end(), [&](const Run& a, const Run& b) {
    return input_order(occurrences[a.begin], occurrences[b.begin]);
  });
  labels_.reserve(runs.size());
  for (const Run& run : runs) {
    const auto id = static_cast<BlankNodeId>(labels_.size());
    labels_.push_back(occurrences[run.begin].label);
    for (std::uint32_t i = run.begin; i < run.end; ++i) {
      quads_[occurrences[i].quad].blank[occurrences[i].position] = id;
    }
  }
}

// Duplicates of quads with blank nodes would change the hashes; sorting by a cheap key finds them
// without comparing most quads in full, and quads with equal keys are ordered in full, so crafted
// collisions cost n log n comparisons and no more. The first of equal quads stays.
void IndexedDataset::drop_duplicates_with_blank_nodes() {
  struct Entry {
    std::uint64_t key;
    std::uint32_t index;
  };
  std::vector<Entry> entries;
  for (std::uint32_t i = 0; i < quads_.size(); ++i) {
    if (has_blank_node(quads_[i])) entries.push_back({duplicate_key(quads_[i]), i});
  }
  const auto same_quad = [&](const Entry& a, const Entry& b) {
    return a.key == b.key && *quads_[a.index].quad == *quads_[b.index].quad;
  };
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    if (a.key != b.key) return a.key < b.key;
    const auto order = compare_quads(*quads_[a.index].quad, *quads_[b.index].quad);
    return std::is_neq(order) ? std::is_lt(order) : a.index < b.index;
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
