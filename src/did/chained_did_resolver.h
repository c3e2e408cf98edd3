// ChainedDidResolver: asks several resolvers in turn, for example the documents given on the
// command line first, then did:key, then did:web over the network.
//
// A resolver answering kUnsupportedDidMethod or kDidNotFound passes the DID on to the next; any
// other answer (a document, or an error such as a failed download or a document whose id does
// not match) ends the search, so a broken source is reported, not silently skipped.
//
// Thread-safety: immutable after construction; resolve() is as thread-safe as the resolvers it
// holds (all of Cairn's are).
#pragma once

#include <memory>
#include <vector>

#include "did/did_resolver.h"

namespace cairn::did {

class ChainedDidResolver final : public DidResolver {
 public:
  explicit ChainedDidResolver(std::vector<std::unique_ptr<const DidResolver>> resolvers);

  // Returns the first document found; or an Error kDidNotFound when a resolver knew the method
  // but none had the document, else kUnsupportedDidMethod; the message joins the resolvers'.
  Result<boost::json::object> resolve(std::string_view did) const override;

 private:
  std::vector<std::unique_ptr<const DidResolver>> resolvers_;
};

}  // namespace cairn::did
