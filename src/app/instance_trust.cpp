#include "app/instance_trust.h"

#include "app/status_list_publication.h"
#include "crypto/key_file.h"
#include "store/repositories/organisation_repository.h"
#include "vc/issuer_key_set.h"

namespace cairn::app {

InstanceDidResolver::InstanceDidResolver(store::Database& database, const Instance& instance,
                                         const did::DidResolver& fallback)
    : database_(database), instance_(instance), fallback_(fallback) {}

Result<boost::json::object> InstanceDidResolver::resolve(std::string_view did) const {
  if (!did.starts_with("did:web:")) return fallback_.resolve(did);
  Result<std::optional<std::string>> sealed =
      database_.read([&](store::Connection& connection) -> std::optional<std::string> {
        const std::optional<model::Organisation> organisation =
            store::find_organisation_by_did(connection, did);
        if (!organisation) return std::nullopt;
        return store::find_sealed_key_file(connection, organisation->id);
      });
  if (!sealed) return sealed.error();
  if (!*sealed) return fallback_.resolve(did);
  Result<crypto::KeyFile> keys = crypto::open_key_file(**sealed, *instance_.master_key);
  if (!keys) return keys.error();
  return vc::did_document_of(*keys);
}

InstanceStatusLists::InstanceStatusLists(store::Database& database, const Instance& instance)
    : database_(database), instance_(instance) {}

Result<boost::json::object> InstanceStatusLists::fetch(std::string_view url) const {
  const std::string prefix = instance_.base_url + "/status/";
  const std::string_view rest =
      url.starts_with(prefix) ? url.substr(prefix.size()) : std::string_view();
  const std::size_t slash = rest.find('/');
  if (rest.empty() || slash == std::string_view::npos) {
    return Error{"unavailable", "the status list " + std::string(url) +
                                    " is not this instance's, and the service does not fetch "
                                    "others over the network"};
  }
  return published_status_list(database_, instance_, rest.substr(0, slash), rest.substr(slash + 1));
}

}  // namespace cairn::app
