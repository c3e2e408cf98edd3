#include "canon/jsonld/keywords.h"

#include <algorithm>
#include <array>

#include "common/ascii.h"

namespace cairn::canon::jsonld {

namespace {

// Sorted, so is_keyword() can binary-search.
constexpr std::array<std::string_view, 23> kKeywords = {
    "@base",   "@container", "@context", "@direction", "@graph",     "@id",
    "@import", "@included",  "@index",   "@json",      "@language",  "@list",
    "@nest",   "@none",      "@prefix",  "@propagate", "@protected", "@reverse",
    "@set",    "@type",      "@value",   "@version",   "@vocab"};

}  // namespace

bool is_keyword(std::string_view value) {
  if (value.size() < 3 || value.front() != '@') return false;
  return std::binary_search(kKeywords.begin(), kKeywords.end(), value);
}

bool has_keyword_form(std::string_view value) {
  if (value.size() < 2 || value.front() != '@') return false;
  return std::all_of(value.begin() + 1, value.end(), is_ascii_alpha);
}

}  // namespace cairn::canon::jsonld
