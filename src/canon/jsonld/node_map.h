// Node Map Generation and Merge Node Maps (JSON-LD 1.1 Processing Algorithms, sections 7.2 and
// 7.3): an expanded JSON-LD document re-indexed as graph name -> subject -> node object, with
// every nested node object replaced by a reference to it, and every blank node given a fresh
// identifier from a BlankNodeIssuer (so written labels cannot clash with made-up ones).
//
// A node object in the map holds "@id", optionally "@type" (an array of IRIs or blank node
// identifiers) and "@index", and one array per property whose items are value objects, node
// references ({"@id": ...}) and list objects ({"@list": [...]}). Values equal to one already
// present under the same property are not added twice; list objects always are.
//
// Thread-safety: free functions; a NodeMap is a plain value.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <functional>
#include <map>
#include <string>

#include "canon/jsonld/blank_node_issuer.h"
#include "canon/jsonld/options.h"
#include "common/result.h"

namespace cairn::canon::jsonld {

inline constexpr const char* kDefaultGraphName = "@default";
// Expansion keeps "@id": null where an @id was a keyword-like string it ignores; such nodes are
// indexed under this subject (no IRI or blank node identifier starts with "@") with "@id": null,
// and references to them are {"@id": null}. toRdf leaves them out.
inline constexpr const char* kNullSubject = "@null";

// Subject (IRI or blank node identifier) -> node object, in code point order of the subject.
using NodeObjects = std::map<std::string, boost::json::object, std::less<>>;

struct NodeMap {
  // Graph name -> the nodes of that graph; the default graph is named "@default". A named
  // graph's name is also the subject of a node in the graph that contains it.
  std::map<std::string, NodeObjects, std::less<>> graphs;
};

// Builds the node map of `expanded`, an expanded JSON-LD document (the output of expansion).
// Blank node identifiers, written or missing, are replaced by ones from `issuer`.
// Returns the node map, or an Error with code:
//  - "conflicting indexes" when one node is given two different @index values;
//  - "invalid expanded form" when `expanded` is not in expanded form (a scalar where a node,
//    value or list object must be, an @id that is not a string, ...);
//  - "limit exceeded" when maps nest deeper than limits.max_expansion_depth.
// The map's size is linear in the size of `expanded`, so no other limit is needed.
Result<NodeMap> generate_node_map(const boost::json::array& expanded, BlankNodeIssuer& issuer,
                                  const JsonLdLimits& limits);

// The subject under which node map generation files the node object `node`: its @id (relabeled
// by `issuer` when a blank node identifier), kNullSubject when @id is null, or a fresh blank node
// identifier from `issuer` when there is no @id. Throws Failure "invalid expanded form" for an
// @id of another kind.
std::string node_subject(const boost::json::object& node, BlankNodeIssuer& issuer);

// Merges the nodes of all graphs of `node_map` into one set of nodes: per subject, the @type
// values and property values of every graph are merged without duplicates, and any other keyword
// entry (@index) is taken from the last graph, in graph name order, that has it.
NodeObjects merge_node_maps(const NodeMap& node_map);

}  // namespace cairn::canon::jsonld
