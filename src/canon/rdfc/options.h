// Options and limits of RDFC-1.0 canonicalization.
//
// Thread-safety: plain values.
#pragma once

#include <cstddef>

namespace cairn::canon::rdfc {

// The hash function RDFC-1.0 runs with; SHA-256 unless an application (or a test) names another.
enum class HashAlgorithm { kSha256, kSha384 };

struct RdfcOptions {
  HashAlgorithm hash = HashAlgorithm::kSha256;
  // The work allowed on blank nodes that first-degree hashes cannot tell apart (the spec's
  // "Dataset Poisoning" section), in units of about one blank node or quad handled: each Hash
  // N-Degree Quads call counts one plus the quads it reads, each permutation it tries the blank
  // nodes it orders. A credential needs none; the hardest computable graphs of the W3C suite need
  // a few thousand; graphs whose cost grows factorially, like the suite's 10-node clique, reach
  // the default in tens of milliseconds (release build).
  std::size_t max_work = 100'000;
  // Nesting of Hash N-Degree Quads calls, which follow chains of look-alike blank nodes; bounds
  // the stack the algorithm uses.
  std::size_t max_recursion_depth = 256;
};

}  // namespace cairn::canon::rdfc
