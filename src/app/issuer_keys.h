// An issuer organisation's signing keys: list them, rotate (a new Ed25519 key signs from now on),
// and revoke one.
//
// Rotation never breaks what was issued: every key stays in the issuer's DID document
// (/issuers/{org}/did.json), so credentials signed with an older key keep verifying. Revoking a
// key (after a leak, say) records the time: the verifier's issuer-key check accepts proofs made
// before it and refuses those made after. The key that signs is the newest one not revoked; the
// last such key cannot be revoked (rotate first), so the organisation can always issue.
//
// Rights: listing needs membership and the read scope; rotating and revoking need the admin role
// (or owner) and the write scope.
// Errors: "forbidden", "not found" (no such key), "conflict" (already revoked, or the last key
// that signs), the key file's errors, or the database's.
//
// Thread-safety: safe from many threads (each call is one transaction).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/api_tokens.h"
#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "store/database.h"

namespace cairn::app {

struct IssuerKey {
  std::string id;  // the verification method id: <did>#key-<n>
  std::string algorithm;
  std::string created;
  std::optional<std::string> revoked;
  bool signs = false;  // the key new credentials are signed with
};

Result<std::vector<IssuerKey>> list_issuer_keys(store::Database& database, const Instance& instance,
                                                const Principal& principal,
                                                std::string_view organisation_id);

// Adds a new Ed25519 key, which signs from now on; returns the keys.
Result<std::vector<IssuerKey>> rotate_issuer_key(store::Database& database,
                                                 const Instance& instance,
                                                 const Principal& principal,
                                                 std::string_view organisation_id, TimePoint now);

// Revokes the key whose id ends in "#<fragment>" at `now`; returns the keys.
Result<std::vector<IssuerKey>> revoke_issuer_key(store::Database& database,
                                                 const Instance& instance,
                                                 const Principal& principal,
                                                 std::string_view organisation_id,
                                                 std::string_view fragment, TimePoint now);

}  // namespace cairn::app
