// expand(): the JSON-LD 1.1 API's expand() over an already parsed document (JSON-LD 1.1
// Processing Algorithms and API, sections 5.1 Expansion Algorithm and 9.2 expand()).
//
// The result is the expanded document: a top-level array of node objects, after the API's final
// steps (a lone top-level @graph object is unwrapped, null becomes []). Keys are processed in
// code point order (the algorithm's "ordered" flag), so the output does not depend on the order
// of entries in the input.
//
// Remote contexts are loaded through options.loader only (none: "loading remote context
// failed"), and processed contexts are memoised in options.context_cache when one is given
// (else in a cache that lives for this call). Relative IRIs in the document resolve against
// options.base; a remote context's own URL is the base for references inside it.
//
// Thread-safety: expand() may run on several threads at once, sharing a ContextCache and a
// DocumentLoader (both are thread-safe); the input is only read.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>

#include "canon/jsonld/options.h"
#include "common/result.h"

namespace cairn::canon::jsonld {

// Returns the expanded form of `input`, or an Error whose code is the JSON-LD error code the
// algorithms raise (for example "invalid IRI mapping", "protected term redefinition", "loading
// remote context failed"), or one of Cairn's limit codes ("context overflow", "expansion depth
// exceeded", "expansion too large") when the input goes past options.limits.
Result<boost::json::array> expand(const boost::json::value& input, const JsonLdOptions& options);

// The same, allocating the result from `storage`. Callers that process many documents should
// pass a boost::json::monotonic_resource they own (a non-owning storage_ptr): allocation is then
// a pointer bump, and destroying the result frees nothing value by value, which is a third of
// the cost of expanding a credential. The resource must outlive the result.
Result<boost::json::array> expand(const boost::json::value& input, const JsonLdOptions& options,
                                  boost::json::storage_ptr storage);

}  // namespace cairn::canon::jsonld
