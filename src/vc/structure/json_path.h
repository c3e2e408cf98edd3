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

// A JSON path written out only when a message needs it: a node names its parent and one step (a
// member or an index). Walks keep nodes on the stack, so a child never outlives its parent.
class LazyJsonPath {
 public:
  explicit LazyJsonPath(std::string_view root) : root_(root) {}
  LazyJsonPath(const LazyJsonPath& parent, std::string_view member)
      : parent_(&parent), step_(member) {}
  LazyJsonPath(const LazyJsonPath& parent, std::size_t index)
      : parent_(&parent), index_(index), is_index_(true) {}
  LazyJsonPath(const LazyJsonPath&) = delete;
  LazyJsonPath& operator=(const LazyJsonPath&) = delete;

  // The path as member_path and index_path write it: "$.credentialSubject.result[0]".
  std::string text() const;

 private:
  const LazyJsonPath* parent_ = nullptr;
  std::string_view root_;
  std::string_view step_;
  std::size_t index_ = 0;
  bool is_index_ = false;
};

}  // namespace cairn::vc::structure
