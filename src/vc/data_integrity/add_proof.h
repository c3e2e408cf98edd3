// add_proof: secures a document with a Data Integrity proof (Verifiable Credential Data
// Integrity 1.0, "Add Proof" and "Add Proof Set/Chain"), signed with an Ed25519 key by the suite
// the options name (eddsa-rdfc-2022, eddsa-jcs-2022 or Ed25519Signature2020).
//
// A document that already has proofs gets one more: its "proof" becomes the array of the old
// proofs followed by the new one (a proof set). With options.previous_proof the new proof is
// computed over the document together with the proofs it names (a proof chain).
//
// A document whose @context does not define the suite's terms gets the suite's context appended
// (Data Integrity, "Context Injection": data-integrity/v2, or ed25519-2020/v1 for
// Ed25519Signature2020) when it has no proof yet; with proofs already present, changing its
// @context could break them, so that is an error instead.
//
// Thread-safety: may be called from several threads at once with the same SuiteContext and key.
#pragma once

#include <boost/json/object.hpp>

#include "common/result.h"
#include "crypto/ed25519.h"
#include "vc/data_integrity/proof_options.h"
#include "vc/data_integrity/suite_context.h"

namespace cairn::vc::data_integrity {

// Returns `document` with the new proof added (taken by value: pass a document you no longer need
// with std::move and it is not copied), or an Error:
//  - "proof generation error": no suite implements options.type / options.cryptosuite; the
//    verification method or proof purpose is empty; created or expires is not an XML Schema
//    dateTime; a previous_proof id names no proof (or several) of the document; the document's
//    @context lacks the suite's terms and it already has proofs;
//  - "parsing error" / "limit exceeded": its "proof" is malformed, or holds too many proofs;
//  - the error of canonicalization (a JSON-LD error code such as "loading remote context failed",
//    an RDFC-1.0 limit, or JCS "invalid JSON"), its message saying which part failed.
Result<boost::json::object> add_proof(boost::json::object document, const ProofOptions& options,
                                      const crypto::Ed25519KeyPair& key,
                                      const SuiteContext& context);

}  // namespace cairn::vc::data_integrity
