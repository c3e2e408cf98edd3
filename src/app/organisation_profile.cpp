#include "app/organisation_profile.h"

#include <cctype>

#include "app/email_address.h"
#include "app/organisation_access.h"
#include "app/text_field.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::app {
namespace {

bool is_country_code(std::string_view code) {
  return code.size() == 2 && std::isupper(static_cast<unsigned char>(code[0])) &&
         std::isupper(static_cast<unsigned char>(code[1]));
}

}  // namespace

Result<bool> set_organisation_profile(model::Organisation& organisation,
                                      const OrganisationProfile& profile) {
  model::Organisation checked = organisation;
  Result<std::string> name = checked_text_field(profile.name, "name", 200);
  if (!name) return name.error();
  checked.name = std::move(*name);
  checked.url.reset();
  if (profile.url) {
    Result<std::string> url = checked_url_field(*profile.url, "url");
    if (!url) return url.error();
    checked.url = std::move(*url);
  }
  checked.email.reset();
  if (profile.email) {
    Result<std::string> email = normalize_email(*profile.email);
    if (!email) return email.error();
    checked.email = std::move(*email);
  }
  checked.description.reset();
  if (profile.description) {
    Result<std::string> description =
        checked_text_field(*profile.description, "description", 4000, true);
    if (!description) return description.error();
    checked.description = std::move(*description);
  }
  checked.country.reset();
  if (profile.country) {
    if (!is_country_code(*profile.country)) {
      return Error{"invalid country",
                   "the country is an ISO 3166-1 alpha-2 code in capitals, such as \"DE\""};
    }
    checked.country = profile.country;
  }
  organisation = std::move(checked);
  return true;
}

Result<model::Organisation> update_organisation_profile(store::Database& database,
                                                        const Principal& principal,
                                                        std::string_view organisation_id,
                                                        const OrganisationProfile& profile) {
  Result<bool> allowed = require_scope(principal, "write", "changing the profile");
  if (!allowed) return allowed.error();
  return database.write([&](store::Connection& connection) -> Result<model::Organisation> {
    Result<model::Role> role = require_role(connection, principal, organisation_id,
                                            model::Role::kAdmin, "changing the profile");
    if (!role) return role.error();
    std::optional<model::Organisation> organisation =
        store::find_organisation(connection, organisation_id);
    if (!organisation) return Error{"forbidden", "changing the profile needs the admin role"};
    Result<bool> set = set_organisation_profile(*organisation, profile);
    if (!set) return set.error();
    store::update_organisation_profile(connection, *organisation);
    return *organisation;
  });
}

}  // namespace cairn::app
