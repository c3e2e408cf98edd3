// parse_svg_document: libxml2 in a locked-down configuration (internal to cairn_media).
//
// An SVG badge is untrusted XML. The parser therefore:
//  - never touches the network or the file system (XML_PARSE_NONET; no DTD loading, no XInclude);
//  - never substitutes entities (no XML_PARSE_NOENT) and keeps XML_PARSE_HUGE off, so libxml2's
//    own size caps stay on;
//  - refuses any declaration inside a DOCTYPE (ENTITY, ELEMENT, ATTLIST, NOTATION) the moment the
//    parser reports it: a billion-laughs or external-entity document stops at its first
//    declaration, before any entity is expanded. A DOCTYPE that only names an external DTD (as
//    editors write, and as the 1EdTech validator's own badges do) is accepted and never loaded;
//  - counts element nesting and stops past limits.max_svg_depth.
//
// Thread-safety: safe to call from several threads at once (libxml2 is initialised once, on the
// first call, behind a function-local static).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string_view>
#include <vector>

#include "media/image_limits.h"

namespace cairn::media {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocument = std::unique_ptr<xmlDoc, XmlDocFree>;

// Returns the parsed document, whose root element is named "svg". Throws cairn::Failure: "limit
// exceeded" (text over max_image_bytes, nesting over max_svg_depth), "DTD refused" ("SVG with a
// DTD is refused: ..."), "invalid SVG" (not well-formed XML, with libxml2's message and line, or a
// root element that is not <svg>).
XmlDocument parse_svg_document(std::string_view text, const ImageLimits& limits);

// libxml2's text (a name, an attribute value, content) as a view; "" for none.
inline std::string_view xml_view(const xmlChar* text) {
  return text == nullptr ? std::string_view() : reinterpret_cast<const char*>(text);
}

// The elements of the tree under `root` (itself first), in document order, without recursion.
std::vector<const xmlNode*> svg_elements_of(const xmlNode* root);

}  // namespace cairn::media
