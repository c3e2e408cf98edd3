#include "media/svg_root_tag.h"

#include <string_view>

namespace cairn::media {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kNotFound = std::string_view::npos;

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The offset just after the quoted literal that starts at `quote`, or kNotFound when unclosed.
std::size_t skip_quoted(std::string_view text, std::size_t quote) {
  const std::size_t end = text.find(text[quote], quote + 1);
  return end == kNotFound ? kNotFound : end + 1;
}

// The offset just after `terminator`, searched from `from`, or kNotFound.
std::size_t skip_past(std::string_view text, std::size_t from, std::string_view terminator) {
  const std::size_t end = text.find(terminator, from);
  return end == kNotFound ? kNotFound : end + terminator.size();
}

// The offset just after the '>' that closes "<!DOCTYPE" at `begin`. An internal subset between
// '[' and ']' is skipped with its comments and quoted literals, so that sniffing still sees such
// a file as an SVG and the parser can then refuse it with a clear message.
std::size_t skip_doctype(std::string_view text, std::size_t begin) {
  bool in_subset = false;
  std::size_t pos = begin + 2;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '"' || c == '\'') {
      pos = skip_quoted(text, pos);
      if (pos == kNotFound) return kNotFound;
    } else if (in_subset && text.substr(pos).starts_with("<!--")) {
      pos = skip_past(text, pos + 4, "-->");
      if (pos == kNotFound) return kNotFound;
    } else if (c == '[') {
      in_subset = true;
      ++pos;
    } else if (c == ']') {
      in_subset = false;
      ++pos;
    } else if (c == '>' && !in_subset) {
      return pos + 1;
    } else {
      ++pos;
    }
  }
  return kNotFound;
}

// The offset of the root element's '<', after the prolog, or kNotFound.
std::size_t skip_prolog(std::string_view text, std::size_t pos) {
  while (pos != kNotFound && pos < text.size()) {
    const std::string_view rest = text.substr(pos);
    if (is_xml_space(rest.front())) {
      ++pos;
    } else if (rest.starts_with("<?")) {
      pos = skip_past(text, pos + 2, "?>");
    } else if (rest.starts_with("<!--")) {
      pos = skip_past(text, pos + 4, "-->");
    } else if (rest.starts_with("<!DOCTYPE")) {
      pos = skip_doctype(text, pos);
    } else if (rest.front() == '<') {
      return pos;
    } else {
      return kNotFound;
    }
  }
  return kNotFound;
}

}  // namespace

std::optional<SvgRootTag> locate_svg_root_tag(std::string_view text) {
  std::size_t pos = skip_prolog(text, text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0);
  if (pos == kNotFound) return std::nullopt;
  SvgRootTag tag;
  tag.name_begin = pos + 1;
  tag.name_end = tag.name_begin;
  while (tag.name_end < text.size() && !is_xml_space(text[tag.name_end]) &&
         text[tag.name_end] != '/' && text[tag.name_end] != '>') {
    ++tag.name_end;
  }
  tag.qualified_name = text.substr(tag.name_begin, tag.name_end - tag.name_begin);
  const std::size_t colon = tag.qualified_name.rfind(':');
  const std::string_view local_name =
      colon == kNotFound ? tag.qualified_name : tag.qualified_name.substr(colon + 1);
  if (local_name != "svg") return std::nullopt;
  pos = tag.name_end;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '"' || c == '\'') {
      pos = skip_quoted(text, pos);
      if (pos == kNotFound) return std::nullopt;
    } else if (c == '>') {
      tag.close = pos;
      return tag;
    } else if (c == '/' && pos + 1 < text.size() && text[pos + 1] == '>') {
      tag.close = pos;
      tag.self_closing = true;
      return tag;
    } else {
      ++pos;
    }
  }
  return std::nullopt;
}

}  // namespace cairn::media
