// Baking an Open Badges 3.0 credential into an SVG, and reading it back (OB 3.0 section 5.3.2).
//
// The root <svg> declares xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" and its first
// child is <openbadges:credential>, holding the credential's JSON in a CDATA section, or its
// compact JWT in the attribute verify="...". Baking edits the original text: it adds the
// namespace declaration to the root start tag when missing and inserts the element right after
// that tag; every other byte stays as it was. Reading matches elements by namespace URI, not by
// prefix, anywhere in the document.
//
// The XML parser is libxml2, locked down as svg_document.h describes: no network, no entity
// substitution, no DTD declarations ("SVG with a DTD is refused"), bounded size and depth.
// Open Badges 2.0 baked <openbadges:assertion> in the namespace "http://openbadges.org": such an
// image is recognised and reported as a legacy badge.
//
// Thread-safety: pure functions; safe to call from several threads at once.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"
#include "media/image_limits.h"

namespace cairn::media {

// Returns the SVG text with the credential baked in. Errors (codes in media_errors.h): "invalid
// SVG" (not well-formed, root not <svg>, an encoding other than UTF-8, or the prefix
// "openbadges" already bound to another namespace on the root), "DTD refused", "limit exceeded",
// "already baked" (a credential or Open Badges 2.0 assertion is there already), "invalid
// credential" (neither a JSON object nor a compact JWT, or not UTF-8). JSON containing "]]>" is
// split over two CDATA sections, as XML requires, and reads back unchanged. What bake_svg returns,
// unbake_svg reads back under the same limits.
Result<std::string> bake_svg(std::string_view svg, std::string_view credential_json_or_jwt,
                             const BakeLimits& limits = {});

// Returns the credential of the image's one <openbadges:credential> element: its verify attribute
// (a compact JWT), or else its text and CDATA content, with surrounding whitespace removed (not
// parsed or verified here). Errors: "invalid SVG" (also for a credential element with child
// elements, entity references, or both a verify attribute and content), "DTD refused", "limit
// exceeded", "no credential", "multiple credentials" ("image carries 2 credentials; expected
// one"), "legacy badge" when only an Open Badges 2.0 assertion is there.
Result<std::string> unbake_svg(std::string_view svg, const UnbakeLimits& limits = {});

}  // namespace cairn::media
