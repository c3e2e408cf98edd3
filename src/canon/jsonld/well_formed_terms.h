// Well-formedness of the terms toRdf emits. JSON-LD 1.1 Processing Algorithms ("Deserialize
// JSON-LD to RDF") lets only well-formed IRIs, blank node identifiers and language tags into an
// RDF dataset; statements naming anything else are dropped, not reported as errors.
//
// Thread-safety: pure functions.
#pragma once

#include <string_view>

namespace cairn::canon::jsonld {

// True when `iri` matches the IRI production of RFC 3987 (an absolute IRI with optional
// fragment): a scheme, then only characters IRIs allow in each component, percent signs
// followed by two hex digits, and valid UTF-8. False for relative references, spaces, "<", ...
bool is_well_formed_iri(std::string_view iri);

// True when `tag` matches the Language-Tag production of BCP 47 section 2.1 (its "well-formed"
// class of section 2.2.9): langtag, privateuse or one of the grandfathered tags, any case.
bool is_well_formed_language_tag(std::string_view tag);

}  // namespace cairn::canon::jsonld
