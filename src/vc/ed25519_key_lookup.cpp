#include "vc/ed25519_key_lookup.h"

#include <string>

#include "crypto/did_key.h"
#include "crypto/multikey.h"
#include "did/verification_method.h"

namespace cairn::vc {

data_integrity::Ed25519KeyLookup ed25519_key_lookup(const did::DidResolver& dids) {
  return [&dids](std::string_view method_id) -> Result<crypto::Ed25519PublicKey> {
    // A bare did:key names its one key (the 1EdTech fixtures use it so).
    if (method_id.rfind("did:key:", 0) == 0 && method_id.find('#') == std::string_view::npos) {
      return crypto::resolve_did_key(method_id);
    }
    Result<did::VerificationMethod> method = did::resolve_verification_method(dids, method_id);
    if (method) return did::ed25519_public_key_of(*method);
    const std::size_t hash = method_id.find('#');
    if (hash != std::string_view::npos && method_id.rfind("did:", 0) != 0) {
      Result<crypto::Ed25519PublicKey> named =
          crypto::decode_ed25519_public_multikey(method_id.substr(hash + 1));
      if (named) return named;
      return Error{method.error().code, method.error().message +
                                            "; its fragment is not an Ed25519 Multikey either (" +
                                            named.error().message + ")"};
    }
    return method.error();
  };
}

}  // namespace cairn::vc
