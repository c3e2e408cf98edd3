// The recipient check: does a credential's subject name the identifier a person claims (an e-mail
// address, a student number, ...)? OB 3.0 puts such identifiers in credentialSubject.identifier,
// a list of IdentityObjects, each either plaintext (`hashed` false: `identityHash` is the
// identifier itself) or hashed (`identityHash` is "sha256$" and the hexadecimal SHA-256 of the
// UTF-8 identifier followed by the optional `salt`; hex digits of either case).
//
// Comparison is exact, byte for byte: the OB 3.0 specification does not normalize identifiers,
// so an issuer who lower-cased an e-mail address before hashing must be given the lower-case form.
// "md5$" hashes, which the specification also allows, are reported as not checkable.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

namespace cairn::vc::structure {

enum class RecipientMatch { kMatched, kNotMatched, kNoIdentityObjects };

struct RecipientOutcome {
  RecipientMatch match = RecipientMatch::kNoIdentityObjects;
  // For a person: which identity object matched (its path, identityType, hashed or not), or how
  // many were compared and why none matched (including any that could not be checked).
  std::string message;
};

// Compares `claimed_identifier` with every IdentityObject of the credential's subject (or
// subjects, when credentialSubject is an array); `identifier` may be one object instead of an
// array. With a non-empty `identity_type` (e.g. "emailAddress") only objects of that
// identityType are compared. kNoIdentityObjects when the subject has no usable IdentityObject.
RecipientOutcome check_recipient(const boost::json::object& credential,
                                 std::string_view claimed_identifier,
                                 std::string_view identity_type = {});

}  // namespace cairn::vc::structure
