#include "canon/rdf/sorted_lines.h"

#include <algorithm>

namespace cairn::canon::rdf {

void SortedLines::append_sorted(std::string& out, Duplicates duplicates) {
  sorted_.clear();
  std::size_t start = 0;
  for (const std::size_t end : ends_) {
    sorted_.push_back(std::string_view(text_).substr(start, end - start));
    start = end;
  }
  std::sort(sorted_.begin(), sorted_.end());
  if (duplicates == Duplicates::kDrop) {
    sorted_.erase(std::unique(sorted_.begin(), sorted_.end()), sorted_.end());
  }
  out.reserve(out.size() + text_.size());
  for (const std::string_view line : sorted_) out.append(line);
}

}  // namespace cairn::canon::rdf
