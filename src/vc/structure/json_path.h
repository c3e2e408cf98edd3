// JSON paths for messages: "$", "$.credentialSubject", "$.proof[0]", "$['@context'][1]".
// Internal to cairn_vc_structure.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cairn::vc::structure {

// `path` followed by the member `name`: ".name" when the name is an identifier, otherwise
// "['name']" with quotes and backslashes escaped.
std::string member_path(std::string_view path, std::string_view name);

// `path` followed by "[index]".
std::string index_path(std::string_view path, std::size_t index);

}  // namespace cairn::vc::structure
