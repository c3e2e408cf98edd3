#include "canon/jsonld/blank_node_issuer.h"

#include <utility>

namespace cairn::canon::jsonld {

BlankNodeIssuer::BlankNodeIssuer(std::string prefix) : prefix_(std::move(prefix)) {}

std::string BlankNodeIssuer::relabel(std::string_view written) {
  std::string key(written);
  if (auto found = relabeled_.find(key); found != relabeled_.end()) return found->second;
  std::string fresh = issue();
  relabeled_.emplace(std::move(key), fresh);
  return fresh;
}

std::string BlankNodeIssuer::issue() { return prefix_ + std::to_string(counter_++); }

}  // namespace cairn::canon::jsonld
