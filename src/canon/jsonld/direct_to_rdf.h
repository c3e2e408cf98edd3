// toRdf straight from a JSON-LD document, without building its expanded form: the fast path of
// Data Integrity canonicalization, which signs and verifies credentials by the thousand.
//
// It reads the constructs credentials are made of: node objects with an absolute IRI @id or none,
// @type, keys that are terms, compact IRIs or IRIs, strings, numbers and booleans (typed by the
// term, or IRIs by @id / @vocab type mappings), nested node objects, arrays of all these, values
// of @set and @list container terms (lists of lists aside), and @context anywhere (processed and
// cached as expansion does, scoped contexts included). For anything else it declines and returns
// nullopt, and the caller takes expansion and toRdf: @graph, @list, @set, @reverse, @nest,
// @included, @index, value objects, @json, graph and map containers, language-tagged or directed
// strings, blank node identifiers, relative or ill-formed
// IRIs where a statement needs them, keys that expand to nothing in safe mode, JSON-LD 1.0 mode,
// an expandContext, documents past the depth or size limits, and any document whose expansion
// would fail.
//
// What it returns is the dataset expanded_to_rdf_in_document_order gives for the document, up
// to blank node labels and the order of the quads (tests/canon/jsonld/direct_to_rdf_test.cpp
// compares the two on every W3C toRdf test it accepts).
//
// Thread-safety: as to_rdf; safe to call concurrently when options.loader is.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string_view>

#include "canon/jsonld/options.h"
#include "canon/rdf/quad.h"

namespace cairn::canon::jsonld {

std::optional<rdf::Dataset> direct_to_rdf(const boost::json::value& document,
                                          const JsonLdOptions& options);

// The same for a document held as an object, as if its top-level member `left_out` (none when
// "") were not there: Data Integrity reads a secured document without its proof in place.
std::optional<rdf::Dataset> direct_to_rdf(const boost::json::object& document,
                                          const JsonLdOptions& options,
                                          std::string_view left_out = {});

}  // namespace cairn::canon::jsonld
