#include "app/create_organisation.h"

#include "crypto/key_file.h"
#include "crypto/random_text.h"
#include "did/did_web_url.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::app {
namespace {

// The base URL without its scheme: where the did:web points.
std::string_view location_of(std::string_view base_url) {
  const std::size_t scheme = base_url.find("://");
  return scheme == std::string_view::npos ? base_url : base_url.substr(scheme + 3);
}

}  // namespace

Result<model::Organisation> create_organisation(store::Database& database, const Instance& instance,
                                                const Principal& principal,
                                                const OrganisationProfile& profile, TimePoint now) {
  if (!principal.has_scope("write")) {
    return Error{"forbidden", "making an organisation needs a token with the write scope"};
  }
  model::Organisation organisation;
  Result<bool> profiled = set_organisation_profile(organisation, profile);
  if (!profiled) return profiled.error();
  organisation.id = crypto::random_hex(16);
  Result<std::string> did = did::did_web_of_location(std::string(location_of(instance.base_url)) +
                                                     "/issuers/" + organisation.id);
  if (!did) return did.error();
  organisation.did = std::move(*did);
  organisation.created_at = format_whole_seconds(now);

  crypto::KeyFile keys;
  keys.controller = organisation.did;
  keys.keys.push_back(
      crypto::generate_ed25519_stored_key(organisation.did + "#key-1", organisation.created_at));
  const std::string sealed = crypto::seal_key_file(keys, *instance.master_key);

  return database.write([&](store::Connection& connection) {
    store::insert_organisation(connection, organisation);
    store::insert_membership(connection, organisation.id, principal.user.id, model::Role::kOwner,
                             organisation.created_at);
    store::save_sealed_key_file(connection, organisation.id, sealed, organisation.created_at);
    return organisation;
  });
}

}  // namespace cairn::app
