// DidKeyResolver: the DID documents of did:key DIDs (Ed25519 keys), generated from the key
// itself; no network, no state.
//
// Thread-safety: stateless; resolve() may be called from any thread.
#pragma once

#include "did/did_resolver.h"

namespace cairn::did {

class DidKeyResolver final : public DidResolver {
 public:
  // Returns crypto::did_key_document() of the key `did` encodes; or an Error
  // kUnsupportedDidMethod for another method, "invalid DID" when `did` is not a DID (a fragment
  // included), or "invalid did:key" when its identifier is not an Ed25519 Multikey.
  Result<boost::json::object> resolve(std::string_view did) const override;
};

}  // namespace cairn::did
