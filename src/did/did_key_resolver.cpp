#include "did/did_key_resolver.h"

#include <string>

#include "crypto/did_key.h"
#include "did/parse_did.h"

namespace cairn::did {

Result<boost::json::object> DidKeyResolver::resolve(std::string_view did) const {
  Result<ParsedDid> parsed = parse_did(did);
  if (!parsed) return parsed.error();
  if (parsed->method != "key") {
    return Error{kUnsupportedDidMethod, "the did:key resolver cannot resolve " + std::string(did)};
  }
  Result<crypto::Ed25519PublicKey> key = crypto::resolve_did_key(did);
  if (!key) return key.error();
  return crypto::did_key_document(*key);
}

}  // namespace cairn::did
