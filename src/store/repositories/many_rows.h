// Statements over many rows at once (INSERT ... VALUES (...), (...); UPDATE ... FROM (VALUES ...);
// ... IN (?, ?, ...)), split into as few statements as StatementLimits::max_parameters allows:
// one round trip per chunk instead of one per row.
//
//   for_each_chunk(connection, rows.size(), 5, [&](std::size_t begin, std::size_t end) {
//     std::string sql = "INSERT INTO t (a, b, c, d, e) VALUES " +
//                       repeated("(?, ?, ?, ?, ?)", end - begin);
//     ...
//   });
//
// Thread-safety: free functions.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "store/connection.h"

namespace cairn::store {

// `count` copies of `item`, joined by ", ".
inline std::string repeated(std::string_view item, std::size_t count) {
  std::string text;
  text.reserve(count * (item.size() + 2));
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) text += ", ";
    text += item;
  }
  return text;
}

// Calls chunk(begin, end) over [0, count) in ranges of as many rows as fit in one statement, each
// row binding `values_per_row` parameters besides `fixed_values` the statement binds once.
template <class Chunk>
void for_each_chunk(const Connection& connection, std::size_t count, std::size_t values_per_row,
                    std::size_t fixed_values, const Chunk& chunk) {
  const std::size_t room = connection.limits().max_parameters - fixed_values;
  const std::size_t rows = std::max<std::size_t>(1, room / values_per_row);
  for (std::size_t begin = 0; begin < count; begin += rows) {
    chunk(begin, std::min(count, begin + rows));
  }
}

}  // namespace cairn::store
