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
#include <vector>

#include "app/api_tokens.h"
#include "common/result.h"
#include "model/organisation.h"
#include "store/connection.h"
#include "store/database.h"

namespace cairn::app {

struct OrganisationView {
  model::Organisation organisation;
  std::optional<model::Role> role;  // the caller's; none for a platform admin who is not a member
};

Result<OrganisationView> read_organisation(store::Database& database, const Principal& principal,
                                           std::string_view organisation_id);

// The organisations the principal's account is a member of, with its role in each, by name.
// Needs the read scope (Error "forbidden" without it).
Result<std::vector<OrganisationView>> organisations_of(store::Database& database,
                                                       const Principal& principal);

// Inside the caller's transaction: the role the principal holds in the organisation, when it is
// `needed` or stronger. Error "forbidden" otherwise, its message naming `action` and the role it
// needs (also for an organisation that does not exist: outsiders cannot probe ids).
Result<model::Role> require_role(store::Connection& connection, const Principal& principal,
                                 std::string_view organisation_id, model::Role needed,
                                 std::string_view action);

// Error "forbidden" unless the principal's token has `scope`; the message names `action`.
Result<bool> require_scope(const Principal& principal, std::string_view scope,
                           std::string_view action);

}  // namespace cairn::app
