// locate_svg_root_tag: where the root element's start tag lies in the text of an SVG file.
//
// Baking inserts the credential right after the root start tag and keeps every other byte as it
// was, so it needs byte offsets, which a DOM does not keep. This scanner reads only the prolog
// (XML declaration, comments, processing instructions, whitespace, a DOCTYPE without internal
// subset) and the start tag itself, honouring quotes, so a '>' inside an attribute value does not
// end the tag. It does not check well-formedness: callers parse the document with libxml2 first.
//
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cairn::media {

struct SvgRootTag {
  std::size_t name_begin = 0;       // offset of the qualified name, just after '<'
  std::size_t name_end = 0;         // offset just after the qualified name
  std::size_t close = 0;            // offset of the '>' (or of the '/' of "/>") that ends the tag
  bool self_closing = false;        // "<svg ... />"
  std::string_view qualified_name;  // "svg" or "prefix:svg", a view into the text
};

// Returns the root start tag when the text (after an optional UTF-8 BOM) is a prolog followed by
// a complete start tag whose local name is "svg"; std::nullopt otherwise.
std::optional<SvgRootTag> locate_svg_root_tag(std::string_view text);

}  // namespace cairn::media
