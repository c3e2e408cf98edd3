// Enumerations stored and shown by name: the enumerator whose name (from the type's name table,
// in enumerator order) is `name`, or nullopt.
//
// Thread-safety: a free function.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace cairn::model {

template <class Enum, std::size_t N>
std::optional<Enum> enum_named(const std::array<std::string_view, N>& names,
                               std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace cairn::model
