// BundledDocumentLoader: the DocumentLoader that serves the JSON-LD contexts embedded in the
// binary (bundled_contexts.h) and nothing else, so JSON-LD processing never touches the network.
//
// On first use it checks that every embedded body still hashes to its pinned SHA-256 and parses
// it once; later loads copy the parsed value.
//
// Thread-safety: load() may be called from several threads at once; the one-time check and parse
// is synchronised. The loader is neither copyable nor movable.
#pragma once

#include <boost/json/value.hpp>
#include <mutex>
#include <span>
#include <string_view>
#include <vector>

#include "canon/jsonld/document_loader.h"
#include "common/result.h"
#include "contexts/bundled_contexts.h"

namespace cairn::contexts {

class BundledDocumentLoader final : public canon::jsonld::DocumentLoader {
 public:
  // Serves all_bundled_contexts().
  BundledDocumentLoader();
  // Serves `contexts`, which must outlive the loader (tests, tools pinning another set).
  explicit BundledDocumentLoader(std::span<const BundledContext> contexts);

  BundledDocumentLoader(const BundledDocumentLoader&) = delete;
  BundledDocumentLoader& operator=(const BundledDocumentLoader&) = delete;

  // Returns the parsed context served for exactly `url`, with document_url = `url` and
  // content_type "application/ld+json". Returns an Error with code "loading remote context
  // failed" when `url` is not bundled (the message names the URL and says it is not a bundled
  // context), or when its embedded body does not match its pinned SHA-256 or is not JSON.
  Result<canon::jsonld::RemoteDocument> load(std::string_view url) const override;

 private:
  struct Served {
    std::string_view url;
    Result<boost::json::value> document;  // or why this embedded body cannot be served
  };

  const std::vector<Served>& served() const;

  std::span<const BundledContext> contexts_;
  mutable std::once_flag checked_;
  mutable std::vector<Served> served_;  // written once under checked_, then only read
};

}  // namespace cairn::contexts
