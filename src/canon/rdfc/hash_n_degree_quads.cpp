#include "canon/rdfc/hash_n_degree_quads.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>

#include "canon/rdfc/permutation_sequence.h"
#include "common/result.h"

namespace cairn::canon::rdfc {

namespace {

constexpr const char* kWorkLimitExceeded = "rdfc work limit exceeded";

// Copying this many issued identifiers costs about as much as handling one blank node.
constexpr std::size_t kIssuedIdentifiersPerWorkUnit = 32;

// Step 5.4.x: a path that is already at least as long as the chosen one and greater than it can
// only end greater, so the permutation is abandoned.
bool cannot_beat(const std::string& path, const std::string& chosen_path) {
  return !chosen_path.empty() && path.size() >= chosen_path.size() && path > chosen_path;
}

}  // namespace

NDegreeHasher::NDegreeHasher(const IndexedDataset& dataset,
                             const std::vector<std::string>& first_degree_hashes,
                             const CanonicalIssuer& canonical, StringHasher& string_hasher,
                             const RdfcOptions& options)
    : dataset_(dataset),
      first_degree_hashes_(first_degree_hashes),
      canonical_(canonical),
      string_hasher_(string_hasher),
      options_(options) {}

void NDegreeHasher::charge(std::size_t units) {
  work_ += units;
  if (work_ > options_.max_work) {
    throw Failure(kWorkLimitExceeded,
                  "telling the dataset's blank nodes apart needs more than " +
                      std::to_string(options_.max_work) +
                      " steps of deep comparison (RdfcOptions::max_work); datasets of many "
                      "interlinked look-alike blank nodes are how denial-of-service attacks on "
                      "RDFC-1.0 work");
  }
}

// Appends "_:" and the canonical identifier of `node`, or else its temporary one (issuing it).
void NDegreeHasher::append_identifier(std::string& path, BlankNodeId node,
                                      TemporaryIssuer& issuer) const {
  if (canonical_.has(node)) {
    append_issued_label(path, CanonicalIssuer::kPrefix, canonical_.number(node));
  } else {
    append_issued_label(path, TemporaryIssuer::kPrefix, issuer.issue(node));
  }
}

// Section 4.7.3.
std::string NDegreeHasher::hash_related_blank_node(BlankNodeId related, const IndexedQuad& quad,
                                                   const TemporaryIssuer& issuer,
                                                   BlankPosition position) {
  std::string& input = scratch_;
  input.assign(1, kPositionLetters[position]);
  if (position != kGraph) {
    input.push_back('<');
    input.append(quad.quad->predicate.value);
    input.push_back('>');
  }
  if (canonical_.has(related)) {
    append_issued_label(input, CanonicalIssuer::kPrefix, canonical_.number(related));
  } else if (const auto number = issuer.find(related)) {
    append_issued_label(input, TemporaryIssuer::kPrefix, *number);
  } else {
    input.append(first_degree_hashes_[related]);
  }
  return string_hasher_.hash(input);
}

// Section 4.8.3.
std::string NDegreeHasher::hash_at(BlankNodeId node, TemporaryIssuer& issuer, std::size_t depth) {
  if (depth > options_.max_recursion_depth) {
    throw Failure(kWorkLimitExceeded,
                  "telling the dataset's blank nodes apart needs Hash N-Degree Quads nested more "
                  "than " +
                      std::to_string(options_.max_recursion_depth) +
                      " deep (RdfcOptions::max_recursion_depth)");
  }
  const auto mentions = dataset_.mentions(node);
  charge(1 + mentions.size());

  // Steps 1-3: the related blank nodes of `node`, each with its related hash.
  std::vector<std::pair<std::string, BlankNodeId>> related;
  for (const std::uint32_t index : mentions) {
    const IndexedQuad& quad = dataset_.quads()[index];
    for (const BlankPosition position : {kSubject, kObject, kGraph}) {
      const BlankNodeId component = quad.blank[position];
      if (component == kNoBlankNode || component == node) continue;
      related.emplace_back(hash_related_blank_node(component, quad, issuer, position), component);
    }
  }
  std::stable_sort(related.begin(), related.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  // Steps 4-5: for each related hash in code point order, the least path over all orders of its
  // blank nodes.
  std::string data_to_hash;
  std::vector<BlankNodeId> group;
  std::vector<BlankNodeId> recursion_list;
  for (std::size_t begin = 0; begin < related.size();) {
    const std::string& related_hash = related[begin].first;
    group.clear();
    std::size_t end = begin;
    for (; end < related.size() && related[end].first == related_hash; ++end) {
      group.push_back(related[end].second);
    }
    data_to_hash.append(related_hash);

    std::string chosen_path;
    std::optional<TemporaryIssuer> chosen_issuer;
    // Label order, then PermutationSequence order: the order that decides ties between
    // permutations (see permutation_sequence.h).
    std::stable_sort(group.begin(), group.end(), [&](BlankNodeId a, BlankNodeId b) {
      return dataset_.label(a) < dataset_.label(b);
    });
    PermutationSequence permutations(group.size());
    do {
      // Copying the issuer is the part of a permutation that can grow large.
      charge(group.size() + issuer.issued_order().size() / kIssuedIdentifiersPerWorkUnit);
      TemporaryIssuer issuer_copy = issuer;
      std::string path;
      recursion_list.clear();
      bool abandoned = false;
      for (const std::size_t position : permutations.order()) {
        const BlankNodeId candidate = group[position];
        if (!canonical_.has(candidate) && !issuer_copy.find(candidate)) {
          recursion_list.push_back(candidate);
        }
        append_identifier(path, candidate, issuer_copy);
        if (cannot_beat(path, chosen_path)) {
          abandoned = true;
          break;
        }
      }
      for (std::size_t i = 0; !abandoned && i < recursion_list.size(); ++i) {
        const BlankNodeId candidate = recursion_list[i];
        const std::string result = hash_at(candidate, issuer_copy, depth + 1);
        append_identifier(path, candidate, issuer_copy);
        path.push_back('<');
        path.append(result);
        path.push_back('>');
        abandoned = cannot_beat(path, chosen_path);
      }
      if (abandoned) continue;
      if (chosen_path.empty() || path < chosen_path) {
        chosen_path = std::move(path);
        chosen_issuer = std::move(issuer_copy);
      } else if (path == chosen_path &&
                 issuer_copy.issued_order() != chosen_issuer->issued_order()) {
        ++input_order_ties_;
      }
    } while (permutations.advance());

    data_to_hash.append(chosen_path);
    issuer = std::move(*chosen_issuer);
    begin = end;
  }
  return string_hasher_.hash(data_to_hash);
}

}  // namespace cairn::canon::rdfc
