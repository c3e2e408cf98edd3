// did:key for Ed25519 keys (did:key method, W3C CCG v0.7): the DID is "did:key:" followed by the
// key's Multikey text, and its one verification method has that text as fragment. Resolution
// needs no network: the document is generated from the key.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "common/result.h"
#include "crypto/ed25519.h"

namespace cairn::crypto {

// Returns "did:key:z6Mk...". Never fails.
std::string did_key_of(const Ed25519PublicKey& public_key);

// Returns "did:key:z6Mk...#z6Mk...", the id of the key's verification method. Never fails.
std::string did_key_verification_method_of(const Ed25519PublicKey& public_key);

// Returns the Ed25519 public key of a did:key DID or DID URL, or Error "invalid did:key" when the
// text does not start with "did:key:", has a path or query, the method-specific id is not an
// Ed25519 Multikey (the message says why), or a fragment differs from the method-specific id.
Result<Ed25519PublicKey> resolve_did_key(std::string_view did_or_did_url);

// Returns the DID document of `public_key`: "@context" [DID v1, Multikey v1], "id", one Multikey
// "verificationMethod" {id, type, controller, publicKeyMultibase}, and "authentication",
// "assertionMethod", "capabilityDelegation", "capabilityInvocation" each listing its id. Never
// fails.
boost::json::object did_key_document(const Ed25519PublicKey& public_key);

}  // namespace cairn::crypto
