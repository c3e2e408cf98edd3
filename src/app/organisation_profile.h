// An issuer organisation's profile: the name, web site, e-mail address, description and country
// its credentials carry in their issuer Profile and its public page (/issuers/{id}) shows.
//
// Changing the profile changes what is issued from then on and what the public profile says;
// credentials already issued keep the profile they were signed with.
//
// Errors: "invalid name" / "invalid url" / "invalid email" / "invalid description" / "invalid
// country" naming the rule; update_organisation_profile also "forbidden" (no write scope, or not
// an admin or owner of the organisation, or no such organisation: ids cannot be probed) or the
// database's Error.
//
// Thread-safety: free functions, safe from many threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/api_tokens.h"
#include "common/result.h"
#include "model/organisation.h"
#include "store/database.h"

namespace cairn::app {

struct OrganisationProfile {
  std::string name;  // 200 bytes at most
  std::optional<std::string> url;
  std::optional<std::string> email;
  std::optional<std::string> description;  // 4,000 bytes at most, may span lines
  std::optional<std::string> country;      // ISO 3166-1 alpha-2, e.g. "DE"
};

// Checks every field of `profile` and, when all hold, writes them into `organisation` (a field
// absent from the profile is cleared). On an Error `organisation` is unchanged.
Result<bool> set_organisation_profile(model::Organisation& organisation,
                                      const OrganisationProfile& profile);

// Replaces the profile of the organisation; needs the write scope and the admin role or
// stronger. Returns the organisation as it now is.
Result<model::Organisation> update_organisation_profile(store::Database& database,
                                                        const Principal& principal,
                                                        std::string_view organisation_id,
                                                        const OrganisationProfile& profile);

}  // namespace cairn::app
