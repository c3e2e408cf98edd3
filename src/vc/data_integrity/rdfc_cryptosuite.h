// The cryptosuites that canonicalize with RDF Dataset Canonicalization (RDFC-1.0):
//  - eddsa-rdfc-2022 (vc-di-eddsa): "type": "DataIntegrityProof", "cryptosuite":
//    "eddsa-rdfc-2022"; the data integrity terms come from the credentials v2 context or the
//    data-integrity v2 (or v1) context;
//  - Ed25519Signature2020 (w3c-ccg lds-ed25519-2020, kept in vc-di-eddsa as a legacy suite):
//    "type": "Ed25519Signature2020", no cryptosuite; its terms come from
//    https://w3id.org/security/suites/ed25519-2020/v1.
// Both canonicalize the document (JSON-LD toRdf with a null base, then RDFC-1.0) and the proof
// configuration: the proof without proofValue, with the document's @context as its own, so the
// proof's terms mean what the document's contexts say.
//
// Thread-safety: the suites are immutable singletons (see cryptosuite.h).
#pragma once

#include "vc/data_integrity/cryptosuite.h"

namespace cairn::vc::data_integrity {

const Cryptosuite& eddsa_rdfc_2022();
const Cryptosuite& ed25519_signature_2020();

}  // namespace cairn::vc::data_integrity
