// JSON-LD to RDF: the Deserialize JSON-LD to RDF algorithm (JSON-LD 1.1 Processing Algorithms,
// section 8.1) with Object to RDF Conversion and List to RDF Conversion.
//
// What the conversion produces, in short:
//  - every node becomes a subject; blank nodes get fresh labels "b0", "b1", ... (in order of
//    appearance), lists become rdf:first / rdf:rest collections;
//  - numbers with a fractional part or a magnitude of 1e21 or more, or typed xsd:double, become
//    xsd:double literals in canonical form ("1.1E0"); other numbers xsd:integer ("5"); booleans
//    xsd:boolean; @json values rdf:JSON literals in RFC 8785 (JCS) form;
//  - @direction follows options.rdf_direction: unset keeps a plain (language-tagged) literal,
//    kI18nDatatype makes the datatype https://www.w3.org/ns/i18n#{language}_{direction},
//    kCompoundLiteral makes a blank node with rdf:value, rdf:language and rdf:direction;
//  - statements with a relative or otherwise ill-formed IRI, an ill-formed language tag, or (unless
//    options.produce_generalized_rdf) a blank node predicate are left out, as the spec says.
// The Dataset may hold duplicate quads; N-Quads output and RDFC-1.0 remove them.
//
// Thread-safety: free functions; safe to call concurrently when options.loader is.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include "canon/jsonld/blank_node_issuer.h"
#include "canon/jsonld/node_map.h"
#include "canon/jsonld/options.h"
#include "canon/rdf/quad.h"
#include "common/result.h"

namespace cairn::canon::jsonld {

// Converts a node map (from generate_node_map with the same `issuer`, whose counter the blank
// nodes of lists and compound literals continue). Returns the dataset, or an Error with code
// "limit exceeded" (more than options.limits.max_output_values quads), "invalid expanded form"
// (a value object whose @value is neither string, number nor boolean and not @json), or the
// error of JCS canonicalization of an @json value.
Result<rdf::Dataset> node_map_to_rdf(const NodeMap& node_map, BlankNodeIssuer& issuer,
                                     const JsonLdOptions& options);

// Converts an expanded JSON-LD document: node map generation, then node_map_to_rdf. Returns the
// dataset, or an Error with the codes of generate_node_map and node_map_to_rdf.
Result<rdf::Dataset> expanded_to_rdf(const boost::json::array& expanded,
                                     const JsonLdOptions& options);

// The same dataset as expanded_to_rdf, up to blank node labels, quad order and duplicates, or an
// Error with the same code (its "limit exceeded" may come sooner: duplicates count), written
// straight from the expanded document without building a node map: faster, and for callers to whom
// labels do not matter, such as RDFC-1.0, which relabels every blank node. Blank nodes are labelled
// in document order, not in the node map's code point order, so an RDFC-1.0 run that reports
// input_order_ties may label them differently than it would after expanded_to_rdf. With
// options.rdf_direction kCompoundLiteral it is expanded_to_rdf (equal directed values under one
// property make one blank node there, and would make two here).
Result<rdf::Dataset> expanded_to_rdf_in_document_order(const boost::json::array& expanded,
                                                       const JsonLdOptions& options);

// Expands `input` with `options` (base, processing mode, expand context, loader, limits), then
// converts it as expanded_to_rdf does. Returns the dataset, or the Error of expansion (a JSON-LD
// error code such as "invalid @id value") or of the conversion.
Result<rdf::Dataset> to_rdf(const boost::json::value& input, const JsonLdOptions& options);

}  // namespace cairn::canon::jsonld
