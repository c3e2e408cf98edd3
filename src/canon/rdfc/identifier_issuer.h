// The identifier issuers of RDFC-1.0 (sections 4.3 and 4.5): they hand out "<prefix><counter>"
// labels to blank nodes in the order asked and remember what they issued. Internal to canon/rdfc.
//
// Two shapes for two uses: the one canonical issuer ("c14n") of a run sees every blank node and
// is never copied, so it indexes densely; temporary issuers ("b") are copied for every permutation
// Hash N-Degree Quads tries and usually hold a handful of nodes, so they keep a small sorted map.
//
// Thread-safety: plain values; an object must not be used from two threads at once.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cairn::canon::rdfc {

// Blank nodes are numbered 0..n-1 in order of first appearance in the input.
using BlankNodeId = std::uint32_t;

// Appends "_:" prefix number, as blank node identifiers appear in RDFC-1.0's hashed strings.
inline void append_issued_label(std::string& out, const char* prefix, std::uint32_t number) {
  out.append("_:");
  out.append(prefix);
  out.append(std::to_string(number));
}

class CanonicalIssuer {
 public:
  static constexpr const char* kPrefix = "c14n";

  explicit CanonicalIssuer(std::size_t blank_node_count) : numbers_(blank_node_count, kNone) {}

  bool has(BlankNodeId node) const { return numbers_[node] != kNone; }
  // Precondition: has(node).
  std::uint32_t number(BlankNodeId node) const { return numbers_[node]; }

  void issue(BlankNodeId node) {
    if (has(node)) return;
    numbers_[node] = static_cast<std::uint32_t>(issued_order_.size());
    issued_order_.push_back(node);
  }

  const std::vector<BlankNodeId>& issued_order() const { return issued_order_; }

 private:
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> numbers_;  // by BlankNodeId
  std::vector<BlankNodeId> issued_order_;
};

class TemporaryIssuer {
 public:
  static constexpr const char* kPrefix = "b";

  std::optional<std::uint32_t> find(BlankNodeId node) const {
    const auto entry = lower_bound(node);
    if (entry == by_node_.end() || entry->first != node) return std::nullopt;
    return entry->second;
  }

  // Returns the number issued to `node`, issuing the next one if it has none.
  std::uint32_t issue(BlankNodeId node) {
    const auto entry = lower_bound(node);
    if (entry != by_node_.end() && entry->first == node) return entry->second;
    const auto number = static_cast<std::uint32_t>(issued_order_.size());
    by_node_.insert(entry, {node, number});
    issued_order_.push_back(node);
    return number;
  }

  const std::vector<BlankNodeId>& issued_order() const { return issued_order_; }

 private:
  std::vector<std::pair<BlankNodeId, std::uint32_t>>::const_iterator lower_bound(
      BlankNodeId node) const {
    return std::lower_bound(by_node_.begin(), by_node_.end(), node,
                            [](const auto& entry, BlankNodeId key) { return entry.first < key; });
  }

  std::vector<std::pair<BlankNodeId, std::uint32_t>> by_node_;  // sorted by node
  std::vector<BlankNodeId> issued_order_;
};

}  // namespace cairn::canon::rdfc
