#include "app/issued_credentials.h"

#include "app/organisation_access.h"

namespace cairn::app {

Result<std::vector<model::IssuedCredential>> list_issued_credentials(
    store::Database& database, const Principal& principal, const store::CredentialQuery& query) {
  if (Result<bool> scoped = require_scope(principal, "read", "listing credentials"); !scoped) {
    return scoped.error();
  }
  if (query.state && *query.state != "active" && *query.state != "revoked" &&
      *query.state != "suspended" && *query.state != "declined") {
    return Error{"invalid request", "state must be active, revoked, suspended or declined, not \"" +
                                        *query.state + "\""};
  }
  return database.read(
      [&](store::Connection& connection) -> Result<std::vector<model::IssuedCredential>> {
        Result<model::Role> role = require_role(connection, principal, query.organisation_id,
                                                model::Role::kViewer, "listing its credentials");
        if (!role) return role.error();
        return store::list_credentials(connection, query);
      });
}

}  // namespace cairn::app
