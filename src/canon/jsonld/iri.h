// IRI helpers for JSON-LD: telling absolute IRIs and blank node identifiers apart from relative
// references, and resolving a relative reference against a base IRI.
//
// Resolution is RFC 3986 section 5.2 exactly (basic algorithm, no normalisation), applied to
// IRIs as RFC 3987 section 6.5 says: non-ASCII characters are carried through like unreserved
// ones. It is written here rather than taken from Boost.URL because Boost.URL rejects IRIs
// (non-ASCII, spaces) that the JSON-LD test suite resolves.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace cairn::canon::jsonld {

// True when `value` starts with an RFC 3986 scheme and a colon (ALPHA *( ALPHA / DIGIT / "+" /
// "-" / "." ) ":"), i.e. it is an absolute IRI, not a relative reference. Says nothing of what
// follows the colon, except that an IRI holds no whitespace.
bool is_absolute_iri(std::string_view value);

// True when `value` is a blank node identifier ("_:" followed by a label).
bool is_blank_node_identifier(std::string_view value);

// Returns `reference` resolved against `base` (RFC 3986 section 5.2.2, with 5.2.3 merge and
// 5.2.4 remove_dot_segments). An absolute `reference` comes back with only its dot segments
// removed, as the RFC says; an empty `base` (no base IRI) returns `reference` unchanged.
std::string resolve_iri(std::string_view base, std::string_view reference);

}  // namespace cairn::canon::jsonld
