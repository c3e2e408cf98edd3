// The credentials an organisation has issued, as its members see them in the issuer console:
// newest first, narrowed by achievement, state ("active", "revoked", "suspended", "declined") and
// a part of the recipient's identifier or name.
//
// Who may: a token with the read scope, and any role in the organisation.
//
// Errors: "forbidden", "invalid request" (an unknown state), or the database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <string_view>
#include <vector>

#include "app/api_tokens.h"
#include "common/result.h"
#include "model/credential.h"
#include "store/database.h"
#include "store/repositories/credential_repository.h"

namespace cairn::app {

Result<std::vector<model::IssuedCredential>> list_issued_credentials(
    store::Database& database, const Principal& principal, const store::CredentialQuery& query);

}  // namespace cairn::app
