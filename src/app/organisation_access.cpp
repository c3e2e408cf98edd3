#include "app/organisation_access.h"

#include "store/repositories/organisation_repository.h"

namespace cairn::app {

Result<OrganisationView> read_organisation(store::Database& database, const Principal& principal,
                                           std::string_view organisation_id) {
  const bool platform_admin = principal.user.platform_admin && principal.has_scope("admin");
  if (!platform_admin && !principal.has_scope("read")) {
    return Error{"forbidden", "reading an organisation needs a token with the read scope"};
  }
  return database.read([&](store::Connection& connection) -> Result<OrganisationView> {
    const std::optional<model::Role> role =
        store::find_role(connection, organisation_id, principal.user.id);
    if (!role && !platform_admin) {
      return Error{"forbidden",
                   "only members of an organisation may read it here; its public "
                   "profile is at /issuers/<id>"};
    }
    std::optional<model::Organisation> organisation =
        store::find_organisation(connection, organisation_id);
    if (!organisation) {
      return Error{"not found", "no organisation has the id " + std::string(organisation_id)};
    }
    return OrganisationView{std::move(*organisation), role};
  });
}

Result<std::vector<OrganisationView>> organisations_of(store::Database& database,
                                                       const Principal& principal) {
  if (!principal.has_scope("read")) {
    return Error{"forbidden", "listing organisations needs a token with the read scope"};
  }
  return database.read([&](store::Connection& connection) -> Result<std::vector<OrganisationView>> {
    std::vector<OrganisationView> views;
    for (auto& [organisation, role] : store::list_organisations_of(connection, principal.user.id)) {
      views.push_back({std::move(organisation), role});
    }
    return views;
  });
}

Result<model::Role> require_role(store::Connection& connection, const Principal& principal,
                                 std::string_view organisation_id, model::Role needed,
                                 std::string_view action) {
  const std::optional<model::Role> role =
      store::find_role(connection, organisation_id, principal.user.id);
  if (!role || !model::role_at_least(*role, needed)) {
    return Error{"forbidden", std::string(action) + " needs the " +
                                  std::string(model::role_name(needed)) +
                                  " role (or a stronger one) in the organisation"};
  }
  return *role;
}

Result<bool> require_scope(const Principal& principal, std::string_view scope,
                           std::string_view action) {
  if (!principal.has_scope(scope)) {
    return Error{"forbidden",
                 std::string(action) + " needs a token with the " + std::string(scope) + " scope"};
  }
  return true;
}

}  // namespace cairn::app
