// Hash N-Degree Quads and Hash Related Blank Node (RDFC-1.0 sections 4.7 and 4.8): the deep
// comparison that tells apart blank nodes whose first-degree hashes are equal, by exploring the
// blank nodes around them in every order and keeping the least path. Internal to canon/rdfc.
//
// The exploration is exponential on crafted ("poison") datasets, so the hasher counts its work
// and throws Failure "rdfc work limit exceeded" past RdfcOptions::max_work or
// max_recursion_depth. One hasher serves one canonicalization run and its budget spans all calls.
//
// Thread-safety: not thread-safe; one object per run.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "canon/rdfc/identifier_issuer.h"
#include "canon/rdfc/indexed_dataset.h"
#include "canon/rdfc/options.h"
#include "canon/rdfc/string_hasher.h"

namespace cairn::canon::rdfc {

class NDegreeHasher {
 public:
  // All references must outlive the hasher; `canonical` may gain identifiers between calls.
  NDegreeHasher(const IndexedDataset& dataset, const std::vector<std::string>& first_degree_hashes,
                const CanonicalIssuer& canonical, StringHasher& string_hasher,
                const RdfcOptions& options);

  // Returns the N-degree hash of `node` and replaces `issuer` with the issuer of the chosen path,
  // as section 4.8.3 does. Throws Failure when the work limits are exceeded.
  std::string hash(BlankNodeId node, TemporaryIssuer& issuer) { return hash_at(node, issuer, 1); }

  // Permutations so far whose path equalled the chosen one with a different issuer: the first
  // in permutation order was kept (see CanonicalForm::input_order_ties).
  std::size_t input_order_ties() const { return input_order_ties_; }

 private:
  std::string hash_at(BlankNodeId node, TemporaryIssuer& issuer, std::size_t depth);
  std::string hash_related_blank_node(BlankNodeId related, const IndexedQuad& quad,
                                      const TemporaryIssuer& issuer, BlankPosition position);
  void append_identifier(std::string& path, BlankNodeId node, TemporaryIssuer& issuer) const;
  void charge(std::size_t units);

  const IndexedDataset& dataset_;
  const std::vector<std::string>& first_degree_hashes_;
  const CanonicalIssuer& canonical_;
  StringHasher& string_hasher_;
  const RdfcOptions& options_;
  std::size_t work_ = 0;
  std::size_t input_order_ties_ = 0;
  std::string scratch_;  // the input of Hash Related Blank Node, reused across calls
};

}  // namespace cairn::canon::rdfc
