// Comparing secrets without leaking, through timing, how much of them matched.
//
// Thread-safety: a free function.
#pragma once

#include <string_view>

namespace cairn::crypto {

// True when `a` and `b` are equal. The time taken depends on their lengths only.
bool equal_in_constant_time(std::string_view a, std::string_view b);

}  // namespace cairn::crypto
