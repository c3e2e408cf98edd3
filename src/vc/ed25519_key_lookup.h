// The Ed25519 key of a verification method, as the verifier finds it for a Data Integrity proof:
//  1. resolved through the DID resolver (did:key, did:web, documents given as files); a did:key
//     without a fragment is its one key;
//  2. failing that, when the method id is not a DID URL and its fragment is itself an Ed25519
//     Multikey ("https://example.edu/issuers/565049#z6Mk...", "urn:uuid:...#z6Mk..."), that key,
//     as the 1EdTech validator reads such ids. Such a key says nothing about who holds it: the
//     verifier's issuer-key check reports it as only named inside the credential.
//
// Thread-safety: the lookup may be called from many threads when the resolver may.
#pragma once

#include "did/did_resolver.h"
#include "vc/data_integrity/verify_proofs.h"

namespace cairn::vc {

// The lookup borrows `dids`, which must outlive it.
data_integrity::Ed25519KeyLookup ed25519_key_lookup(const did::DidResolver& dids);

}  // namespace cairn::vc
