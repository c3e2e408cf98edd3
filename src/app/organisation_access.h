// Who may see an organisation through the API: its members (any role), with a token holding the
// read scope; and platform admins with the admin scope, who may see every organisation.
//
// Errors: "forbidden" (the token lacks the scope, or the account is not a member), "not found"
// (no such organisation: told only to those who could see it, so ids cannot be probed through
// this call; others get "forbidden"), or the database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <optional>
#include <string_view>

#include "app/api_tokens.h"
#include "common/result.h"
#include "model/organisation.h"
#include "store/database.h"

namespace cairn::app {

struct OrganisationView {
  model::Organisation organisation;
  std::optional<model::Role> role;  // the caller's; none for a platform admin who is not a member
};

Result<OrganisationView> read_organisation(store::Database& database, const Principal& principal,
                                           std::string_view organisation_id);

}  // namespace cairn::app
