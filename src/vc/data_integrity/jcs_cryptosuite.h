// eddsa-jcs-2022 (vc-di-eddsa): "type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022".
// The document and the proof configuration are canonicalized with the JSON Canonicalization
// Scheme (RFC 8785), so no JSON-LD processing happens and no context is loaded.
//
// The proof carries the document's @context: at creation it is copied into the proof; at
// verification the document's @context must start with the proof's, and the document is
// canonicalized with the proof's @context in place of its own (contexts appended after signing,
// e.g. by a later proof of a set, do not break the proof).
//
// Thread-safety: the suite is an immutable singleton (see cryptosuite.h).
#pragma once

#include "vc/data_integrity/cryptosuite.h"

namespace cairn::vc::data_integrity {

const Cryptosuite& eddsa_jcs_2022();

}  // namespace cairn::vc::data_integrity
