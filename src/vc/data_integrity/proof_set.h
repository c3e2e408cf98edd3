// The parts of Data Integrity's proof set and proof chain algorithms that adding and verifying
// share: reading a document's proofs as a list, finding the proofs a `previousProof` names, and
// making the input document a proof is computed over (the document without its proofs, with the
// proofs its chain depends on).
//
// Thread-safety: free functions without shared state. Returned pointers point into the document
// given and are valid as long as it is not modified.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <span>
#include <vector>

#include "common/result.h"

namespace cairn::vc::data_integrity {

using ProofList = std::vector<const boost::json::object*>;

// Returns the document's proofs: none when it has no "proof", one for an object, each element
// of an array. Errors: "parsing error" when "proof" is neither an object nor an array of
// objects; "limit exceeded" when there are more than `max_proofs`.
Result<ProofList> proofs_of(const boost::json::object& document, std::size_t max_proofs);

// Returns the proofs of `all_proofs` whose "id" is named by `previous_proof` (a string or an
// array of strings), in the order of `all_proofs`. Error with `error_code` when previous_proof
// is of another type, or an id it names belongs to no proof or to more than one.
Result<ProofList> previous_proofs(const boost::json::value& previous_proof,
                                  const ProofList& all_proofs, const char* error_code);

// Returns a copy of `document` without "proof", allocated from `storage`; when `proofs` is not
// empty its "proof" is the array of (copies of) them, the Data Integrity input document of a
// proof in a chain.
boost::json::object input_document(const boost::json::object& document,
                                   std::span<const boost::json::object* const> proofs,
                                   boost::json::storage_ptr storage = {});

}  // namespace cairn::vc::data_integrity
