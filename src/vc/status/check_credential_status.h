// check_credential_status: reads a credential's `credentialStatus` (one object or an array) and
// looks each entry up in the list it points to.
//
// Entry types:
// - BitstringStatusListEntry (W3C Bitstring Status List 1.0, section 3.2 "Validate Algorithm"):
//   the list must be a BitstringStatusListCredential whose subject is a BitstringStatusList, one
//   of whose statusPurpose values is the entry's; encodedList is 'u' + base64url of GZIP; the
//   list must hold at least StatusLimits::min_list_entries entries of statusSize bits (default
//   1); statusSize > 1 needs a statusMessage table of 2^statusSize entries, whose message for
//   the value read is reported.
// - StatusList2021Entry (W3C CCG StatusList2021, the predecessor): the same with
//   StatusList2021Credential / StatusList2021 and encodedList without the 'u' prefix.
// - 1EdTechRevocationList (1EdTech Revocation List Status Method, named by Open Badges 3.0): the
//   entry's `id` is the list's URL; the credential is revoked when the list's
//   `revokedCredentials` has an object whose `id` is the credential's `id` and whose `revoked`
//   is true or absent.
// Every list document must be inside its validity period at `now` (validFrom/validUntil, or
// issuanceDate/expirationDate of VC 1.1).
//
// What this does NOT do: verify the list document's proof, or decide whether its issuer may
// speak for the credential. The specification requires the proof to verify, so the caller (the
// verifier) must verify `StatusCheck::list_document` (the exact document read, not a second
// fetch that could differ) and judge its issuer before trusting kClear or kSet.
//
// Thread-safety: free function; safe to call concurrently if the source is.
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date_time.h"
#include "vc/status/status_limits.h"
#include "vc/status/status_list_source.h"

namespace cairn::vc::status {

// The outcome of one credentialStatus entry.
struct StatusCheck {
  // "revocation", "suspension", "message", "refresh"... as the entry states it; "revocation" for
  // 1EdTechRevocationList; empty when the entry has none.
  std::string purpose;
  // kClear: the status value is 0 (not revoked, not suspended). kSet: it is not 0 (for
  // "revocation", the credential is revoked). kError: the status could not be determined.
  enum Outcome { kClear, kSet, kError } outcome = kError;
  // For a person: what was found ("index 8 of https://... is set"), or what went wrong.
  std::string message;
  // The entry's `type`, e.g. "BitstringStatusListEntry".
  std::string entry_type;
  // The URL of the list this entry named (statusListCredential, or the id of a 1EdTech entry);
  // empty when the entry names none.
  std::string list_url;
  // The list document as read from the source, for the caller to verify; empty when none was
  // read.
  std::optional<boost::json::object> list_document;
  // The status value read (kClear/kSet), up to statusSize bits; 1 for a 1EdTech revocation.
  std::uint32_t status = 0;
  // For kError, the Bitstring Status List 1.0 error name (section 3.5): STATUS_RETRIEVAL_ERROR,
  // STATUS_VERIFICATION_ERROR, STATUS_LIST_LENGTH_ERROR, RANGE_ERROR, MALFORMED_VALUE_ERROR; or
  // UNSUPPORTED_STATUS_TYPE for an entry type Cairn does not read.
  std::string error_code;
};

// Returns one StatusCheck per entry of `credential`'s credentialStatus, in order; an empty vector
// when the credential has none. Problems are reported per entry as kError, never thrown: a
// credentialStatus that is neither object nor array, or has more than limits.max_status_entries
// entries, gives a single kError check.
std::vector<StatusCheck> check_credential_status(const boost::json::object& credential,
                                                 const StatusListSource& source, TimePoint now,
                                                 const StatusLimits& limits = {});

}  // namespace cairn::vc::status
