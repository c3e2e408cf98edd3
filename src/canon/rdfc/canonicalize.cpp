#include "canon/rdfc/canonicalize.h"

#include <algorithm>
#include <numeric>
#include <span>

#include "canon/rdf/sorted_lines.h"
#include "canon/rdfc/hash_n_degree_quads.h"
#include "canon/rdfc/identifier_issuer.h"
#include "canon/rdfc/indexed_dataset.h"
#include "canon/rdfc/string_hasher.h"

namespace cairn::canon::rdfc {

namespace {

using rdf::SortedLines;

// One run of the canonicalization algorithm (section 4.4.3) over one dataset.
class Canonicalizer {
 public:
  Canonicalizer(const rdf::Dataset& dataset, const RdfcOptions& options)
      : options_(options),
        dataset_(dataset),
        canonical_(dataset_.blank_node_count()),
        string_hasher_(options.hash) {}

  CanonicalForm run() {
    compute_first_degree_hashes();
    std::vector<std::span<const BlankNodeId>> shared_hash_groups = label_unique_nodes();
    std::size_t input_order_ties = 0;
    if (!shared_hash_groups.empty()) {
      NDegreeHasher hasher(dataset_, first_degree_hashes_, canonical_, string_hasher_, options_);
      for (const auto group : shared_hash_groups) input_order_ties += label_group(group, hasher);
      input_order_ties += hasher.input_order_ties();
    }
    CanonicalForm form = serialize();
    form.input_order_ties = input_order_ties;
    return form;
  }

 private:
  // Step 3, with Hash First Degree Quads (section 4.6).
  void compute_first_degree_hashes() {
    const std::size_t count = dataset_.blank_node_count();
    first_degree_hashes_.reserve(count);
    for (BlankNodeId node = 0; node < count; ++node) {
      lines_.clear();
      const auto label = [node](BlankNodeId other) { return other == node ? "a" : "z"; };
      for (const std::uint32_t index : dataset_.mentions(node)) {
        append_line(lines_.text(), dataset_.quads()[index], label);
        lines_.end_line();
      }
      std::string_view nquads = lines_.all_text();
      if (lines_.size() > 1) {
        joined_.clear();
        lines_.append_sorted(joined_, SortedLines::Duplicates::kKeep);
        nquads = joined_;
      }
      first_degree_hashes_.push_back(string_hasher_.hash(nquads));
    }
  }

  // Step 4: issues canonical identifiers to the nodes whose first-degree hash is unique, in hash
  // order; returns the groups of nodes sharing a hash, in hash order, each in input order.
  std::vector<std::span<const BlankNodeId>> label_unique_nodes() {
    nodes_by_hash_.resize(dataset_.blank_node_count());
    std::iota(nodes_by_hash_.begin(), nodes_by_hash_.end(), BlankNodeId{0});
    std::stable_sort(nodes_by_hash_.begin(), nodes_by_hash_.end(),
                     [&](BlankNodeId a, BlankNodeId b) {
                       return first_degree_hashes_[a] < first_degree_hashes_[b];
                     });
    std::vector<std::span<const BlankNodeId>> shared_hash_groups;
    for (std::size_t begin = 0; begin < nodes_by_hash_.size();) {
      std::size_t end = begin + 1;
      while (end < nodes_by_hash_.size() && first_degree_hashes_[nodes_by_hash_[end]] ==
                                                first_degree_hashes_[nodes_by_hash_[begin]]) {
        ++end;
      }
      if (end - begin == 1) {
        canonical_.issue(nodes_by_hash_[begin]);
      } else {
        shared_hash_groups.push_back(std::span(nodes_by_hash_).subspan(begin, end - begin));
      }
      begin = end;
    }
    return shared_hash_groups;
  }

  // Step 5 for one group of nodes sharing a first-degree hash; returns how many neighbours in
  // hash order had equal hashes, so that input order chose which was labelled first.
  std::size_t label_group(std::span<const BlankNodeId> group, NDegreeHasher& hasher) {
    std::vector<std::pair<std::string, TemporaryIssuer>> hash_path_list;
    for (const BlankNodeId node : group) {
      if (canonical_.has(node)) continue;
      TemporaryIssuer issuer;
      issuer.issue(node);
      std::string hash = hasher.hash(node, issuer);
      hash_path_list.emplace_back(std::move(hash), std::move(issuer));
    }
    std::stable_sort(hash_path_list.begin(), hash_path_list.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t ties = 0;
    for (std::size_t i = 0; i < hash_path_list.size(); ++i) {
      if (i > 0 && hash_path_list[i].first == hash_path_list[i - 1].first) ++ties;
      for (const BlankNodeId node : hash_path_list[i].second.issued_order()) {
        canonical_.issue(node);
      }
    }
    return ties;
  }

  // Steps 6 and 7.
  CanonicalForm serialize() {
    CanonicalForm form;
    const std::vector<BlankNodeId>& issued = canonical_.issued_order();
    form.issued_identifiers.reserve(issued.size());
    for (std::uint32_t number = 0; number < issued.size(); ++number) {
      form.issued_identifiers.emplace_back(std::string(dataset_.label(issued[number])),
                                           CanonicalIssuer::kPrefix + std::to_string(number));
    }
    // Views of the labels just issued; the vector holding them no longer grows.
    std::vector<std::string_view> labels(issued.size());
    for (std::uint32_t number = 0; number < issued.size(); ++number) {
      labels[issued[number]] = form.issued_identifiers[number].second;
    }
    lines_.clear();
    const auto label = [&](BlankNodeId node) -> std::string_view { return labels[node]; };
    for (const IndexedQuad& quad : dataset_.quads()) {
      append_line(lines_.text(), quad, label);
      lines_.end_line();
    }
    lines_.append_sorted(form.nquads, SortedLines::Duplicates::kDrop);  // ground duplicates
    return form;
  }

  const RdfcOptions& options_;
  IndexedDataset dataset_;
  CanonicalIssuer canonical_;
  StringHasher string_hasher_;
  std::vector<std::string> first_degree_hashes_;  // by BlankNodeId
  std::vector<BlankNodeId> nodes_by_hash_;
  SortedLines lines_;   // reused for every list of lines
  std::string joined_;  // reused for every sorted list
};

}  // namespace

Result<CanonicalForm> canonicalize(const rdf::Dataset& dataset, const RdfcOptions& options) {
  return capture([&] { return Canonicalizer(dataset, options).run(); });
}

Result<std::string> canonicalize_nquads(std::string_view nquads, const RdfcOptions& options,
                                        const rdf::NQuadsLimits& limits) {
  Result<rdf::Dataset> dataset = rdf::parse_nquads(nquads, limits);
  if (!dataset) return dataset.error();
  Result<CanonicalForm> form = canonicalize(*dataset, options);
  if (!form) return form.error();
  return std::move(form->nquads);
}

}  // namespace cairn::canon::rdfc
