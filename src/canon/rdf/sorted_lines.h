// Lines gathered in one buffer and written back in Unicode code point order, as canonical N-Quads
// documents and RDFC-1.0's hashed lists are ordered, without an allocation per line. (For UTF-8,
// byte order is code point order.)
//
// Thread-safety: a plain value; an object must not be used from two threads at once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::canon::rdf {

class SortedLines {
 public:
  enum class Duplicates { kKeep, kDrop };

  // Forgets every line and keeps the memory for the next use.
  void clear() {
    text_.clear();
    ends_.clear();
  }

  // The buffer to append the next line's bytes to; end_line() closes that line.
  std::string& text() { return text_; }
  void end_line() { ends_.push_back(text_.size()); }

  std::size_t size() const { return ends_.size(); }
  // All lines, in the order they were added.
  std::string_view all_text() const { return text_; }

  // Appends the lines, in code point order, to `out`.
  void append_sorted(std::string& out, Duplicates duplicates);

 private:
  std::string text_;
  std::vector<std::size_t> ends_;  // line i is text_[ends_[i-1], ends_[i])
  std::vector<std::string_view> sorted_;
};

}  // namespace cairn::canon::rdf
