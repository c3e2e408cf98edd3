// Changing a credential's status:
//   revoke     permanent; sets its bit in the revocation list, so every verifier sees it; the
//              reason is kept (never published: the list says only "revoked");
//   suspend    until unsuspended; the reason is kept. OB 3.0 allows a credential one status
//              entry, which is its revocation entry, so a suspension is the platform's own
//              state: the credential is not published (/credentials/{id}) while suspended, and
//              the issuer's API shows it, but a verifier holding a copy cannot see it;
//   unsuspend  clears a suspension.
// A revocation makes a new revision of the list, so the next request for it publishes a newly
// signed one (status_list_publication.h). Expiry needs no change: a credential's validUntil is
// part of what was signed, and verifiers judge it themselves.
//
// Who may: a token with the revoke scope, and the admin role (or owner) in the organisation that
// issued the credential.
//
// Errors: "invalid request" (a reason missing, over 500 bytes or with control characters),
// "forbidden", "not found" (no such credential), "conflict" (revoking or suspending a revoked
// credential, suspending a suspended one, unsuspending one that is not suspended), or the
// database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/api_tokens.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/credential.h"
#include "store/database.h"

namespace cairn::app {

enum class StatusChange { kRevoke, kSuspend, kUnsuspend };

Result<model::IssuedCredential> change_credential_status(
    store::Database& database, const Principal& principal, std::string_view credential_id,
    StatusChange change, const std::optional<std::string>& reason, TimePoint now);

}  // namespace cairn::app
