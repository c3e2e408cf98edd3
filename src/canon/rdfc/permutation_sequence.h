// PermutationSequence: every ordering of n elements, each reached from the previous one by one
// swap of neighbours (the Steinhaus-Johnson-Trotter order), starting from 0, 1, ..., n-1.
//
// Why this order: Hash N-Degree Quads keeps the first permutation whose path is least. When two
// permutations tie on the path but leave different identifier issuers, the result depends on
// which comes first, and the specification does not fix the order. The reference implementation
// (rdf-canonize) walks the related blank nodes sorted by label in this order, so Cairn does too:
// same input labels, same canonical labels.
//
// Thread-safety: a plain value.
#pragma once

#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace cairn::canon::rdfc {

class PermutationSequence {
 public:
  explicit PermutationSequence(std::size_t n) : order_(n), moving_left_(n, true) {
    std::iota(order_.begin(), order_.end(), std::size_t{0});
  }

  // The current ordering: a permutation of 0..n-1.
  const std::vector<std::size_t>& order() const { return order_; }

  // Moves to the next ordering; returns false (leaving order() as it was) after the last one.
  bool advance() {
    // The largest element whose neighbour in its direction of travel is smaller moves one step.
    std::size_t from = order_.size();
    std::size_t to = 0;
    for (std::size_t i = 0; i < order_.size(); ++i) {
      const std::size_t element = order_[i];
      const bool has_neighbour = moving_left_[element] ? i > 0 : i + 1 < order_.size();
      if (!has_neighbour) continue;
      const std::size_t neighbour = moving_left_[element] ? i - 1 : i + 1;
      if (order_[neighbour] < element && (from == order_.size() || element > order_[from])) {
        from = i;
        to = neighbour;
      }
    }
    if (from == order_.size()) return false;
    const std::size_t moved = order_[from];
    std::swap(order_[from], order_[to]);
    for (std::size_t element = moved + 1; element < order_.size(); ++element) {
      moving_left_[element] = !moving_left_[element];
    }
    return true;
  }

 private:
  std::vector<std::size_t> order_;
  std::vector<bool> moving_left_;  // by element
};

}  // namespace cairn::canon::rdfc
