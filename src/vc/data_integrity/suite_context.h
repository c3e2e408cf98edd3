// SuiteContext: what the cryptosuites need from their surroundings to canonicalize a document:
// the JSON-LD DocumentLoader that serves contexts, a ContextCache shared by every document, and
// the limits that bound the work one hostile document can cause.
//
// Make one SuiteContext per process (or per loader) and pass it to every add_proof and
// verify_proofs call: the cache then processes each JSON-LD context once, not once per document,
// which is most of the cost of canonicalizing a credential.
//
// Thread-safety: after construction every member function is const and may be called from
// several threads at once (the ContextCache locks itself; the loader must be thread-safe, as
// every DocumentLoader is). Not copyable or movable: the cache is shared by reference.
#pragma once

#include <cstddef>

#include "canon/json/json_parser.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/document_loader.h"
#include "canon/jsonld/options.h"
#include "canon/rdfc/options.h"

namespace cairn::vc::data_integrity {

struct SuiteLimits {
  canon::jsonld::JsonLdLimits jsonld;  // expansion and toRdf of documents and proof configs
  canon::rdfc::RdfcOptions rdfc;       // hash (SHA-256) and the work bound of RDFC-1.0
  canon::json::JsonLimits json;        // nesting depth for JCS (eddsa-jcs-2022)
  std::size_t max_proofs = 32;         // proofs in one document's proof set or chain
  std::size_t context_cache_entries = 1024;
};

class SuiteContext {
 public:
  // `loader` must outlive this object; only the documents it serves can be JSON-LD contexts.
  explicit SuiteContext(const canon::jsonld::DocumentLoader& loader, SuiteLimits limits = {});

  SuiteContext(const SuiteContext&) = delete;
  SuiteContext& operator=(const SuiteContext&) = delete;

  const SuiteLimits& limits() const { return limits_; }

  // The options JSON-LD processing runs with: this loader and cache, these limits, no base IRI
  // (Data Integrity requires a null base, so relative IRIs never take a meaning from where a
  // document was found), and safe mode (a property the contexts do not define is an error, not
  // silently left out of what is signed).
  const canon::jsonld::JsonLdOptions& jsonld_options() const { return jsonld_options_; }

 private:
  SuiteLimits limits_;
  mutable canon::jsonld::ContextCache cache_;
  canon::jsonld::JsonLdOptions jsonld_options_;
};

}  // namespace cairn::vc::data_integrity
