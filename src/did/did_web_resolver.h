// DidWebResolver: resolves did:web DIDs by downloading https://<host>/<path>/did.json (see
// did_web_url.h) through an HttpsFetcher, checking the document and caching it.
//
// The downloaded text is parsed strictly (canon::json::parse_json, with `json` limits) and must
// be a JSON object whose "id" equals the DID: a server cannot answer for another DID. A DID
// resolution result wrapping the document ({"didDocument": {...}}, as the current did:web draft
// describes) is unwrapped first. Failures are not cached: the next call tries again.
//
// Thread-safety: resolve() may be called from many threads at once; two threads missing the
// cache for one DID at the same moment both download it.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

#include "canon/json/json_parser.h"
#include "did/did_document_cache.h"
#include "did/did_resolver.h"
#include "did/https_fetcher.h"

namespace cairn::did {

struct DidWebOptions {
  FetchLimits fetch;
  // Applied to the body; its max_bytes is lowered to fetch.max_body_bytes when larger.
  canon::json::JsonLimits json{.max_depth = 32};
  std::chrono::seconds cache_time_to_live{300};
  std::size_t cache_max_entries = 256;
  // The time the cache reads; tests replace it.
  std::function<DidDocumentCache::Clock::time_point()> clock = DidDocumentCache::Clock::now;
};

class DidWebResolver final : public DidResolver {
 public:
  // Precondition: `fetcher` is not null.
  explicit DidWebResolver(std::shared_ptr<const HttpsFetcher> fetcher, DidWebOptions options = {});

  // Returns the document of the did:web `did`, from the cache when fresh; or an Error:
  // kUnsupportedDidMethod (another method), "invalid DID" / "invalid did:web" (syntax),
  // "DID resolution failed" (download failed: the message carries the URL and the fetcher's
  // reason), "invalid DID document" (not JSON, not an object, or its id is not `did`).
  Result<boost::json::object> resolve(std::string_view did) const override;

 private:
  std::shared_ptr<const HttpsFetcher> fetcher_;
  DidWebOptions options_;
  mutable DidDocumentCache cache_;
};

}  // namespace cairn::did
