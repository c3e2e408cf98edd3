#include "contexts/bundled_contexts.h"

#include <algorithm>

namespace cairn::contexts {

const BundledContext* find_bundled_context(std::string_view url) {
  const auto contexts = all_bundled_contexts();
  const auto found =
      std::find_if(contexts.begin(), contexts.end(),
                   [url](const BundledContext& context) { return context.url == url; });
  return found == contexts.end() ? nullptr : &*found;
}

}  // namespace cairn::contexts
