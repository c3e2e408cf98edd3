// Reading and extending a JSON-LD document's "@context" the way Data Integrity needs: whether it
// lists a given context URL, whether it starts with the contexts a proof carries, and appending a
// suite's context.
//
// A "@context" value that is not an array counts as a list of one entry.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string_view>

namespace cairn::vc::data_integrity {

inline constexpr std::string_view kCredentialsV2Context = "https://www.w3.org/ns/credentials/v2";
inline constexpr std::string_view kDataIntegrityV2Context =
    "https://w3id.org/security/data-integrity/v2";
inline constexpr std::string_view kDataIntegrityV1Context =
    "https://w3id.org/security/data-integrity/v1";
inline constexpr std::string_view kEd25519Signature2020Context =
    "https://w3id.org/security/suites/ed25519-2020/v1";

// Returns the document's "@context" value, or nullptr when it has none.
const boost::json::value* find_context(const boost::json::object& document);

// Returns true when `context` (nullptr for none) is the string `url` or an array holding it.
bool context_lists(const boost::json::value* context, std::string_view url);

// Returns true when the entries of `context` (nullptr for none) begin with all entries of
// `prefix`, in the same order, each equal as JSON.
bool context_starts_with(const boost::json::value* context, const boost::json::value& prefix);

// Returns true when `context` lists a context that defines DataIntegrityProof and its members:
// data-integrity v2 or v1, or credentials v2, which includes them.
bool defines_data_integrity_terms(const boost::json::value* context);

// Appends `url` to the document's "@context", making it an array when it was a single value and
// creating it when there was none.
void append_context(boost::json::object& document, std::string_view url);

}  // namespace cairn::vc::data_integrity
