// What an issuer's key file means to the outside world: the DID document that lists its keys
// (for did:web, served at the issuer's URL), and which key signs next.
//
// Every key stays listed in the DID document, revoked ones with their `revoked` time, so that
// credentials signed before a revocation keep verifying and those signed after it do not (the
// verifier's issuer-key check compares the proof's `created` with `revoked`).
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/object.hpp>

#include "common/result.h"
#include "crypto/key_file.h"

namespace cairn::vc {

// Returns the DID document of `keys`: @context DID v1 and Multikey v1, id = controller, one
// verification method per key (Multikey with publicKeyMultibase for Ed25519, JsonWebKey with
// publicKeyJwk otherwise, `revoked` when set), every method in assertionMethod and Ed25519 ones
// in authentication too. Error "invalid key file" when a non-Ed25519 public key is not a JSON
// object (open_key_file already refuses such files).
Result<boost::json::object> did_document_of(const crypto::KeyFile& keys);

// Returns the newest key of `algorithm` that is not revoked (the last such entry of the file),
// or an Error "no signing key" saying which algorithm was asked for and what the file holds.
Result<const crypto::StoredKey*> signing_key_of(const crypto::KeyFile& keys,
                                                crypto::KeyAlgorithm algorithm);

}  // namespace cairn::vc
