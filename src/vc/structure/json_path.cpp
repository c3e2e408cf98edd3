#include "vc/structure/json_path.h"

namespace cairn::vc::structure {
namespace {

bool is_identifier(std::string_view name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    const bool digit = c >= '0' && c <= '9';
    if (!letter && !(digit && i > 0)) return false;
  }
  return true;
}

}  // namespace

std::string member_path(std::string_view path, std::string_view name) {
  std::string out(path);
  if (is_identifier(name)) {
    out += '.';
    out += name;
    return out;
  }
  out += "['";
  for (char c : name) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  out += "']";
  return out;
}

std::string index_path(std::string_view path, std::size_t index) {
  return std::string(path) + '[' + std::to_string(index) + ']';
}

std::string LazyJsonPath::text() const {
  if (parent_ == nullptr) return std::string(root_);
  return is_index_ ? index_path(parent_->text(), index_) : member_path(parent_->text(), step_);
}

}  // namespace cairn::vc::structure
