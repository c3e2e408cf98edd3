#include "app/issuer_documents.h"

#include <boost/json/array.hpp>

#include "app/open_badges_context.h"
#include "crypto/key_file.h"
#include "store/repositories/organisation_repository.h"
#include "vc/issuer_key_set.h"

namespace cairn::app {
namespace {

Error not_found(std::string_view id) {
  return Error{"not found", "no issuer organisation has the id " + std::string(id)};
}

}  // namespace

Result<boost::json::object> issuer_did_document(store::Database& database, const Instance& instance,
                                                std::string_view organisation_id) {
  Result<std::optional<std::string>> sealed = database.read([&](store::Connection& connection) {
    return store::find_sealed_key_file(connection, organisation_id);
  });
  if (!sealed) return sealed.error();
  if (!*sealed) return not_found(organisation_id);
  Result<crypto::KeyFile> keys = crypto::open_key_file(**sealed, *instance.master_key);
  if (!keys) return keys.error();
  return vc::did_document_of(*keys);
}

Result<boost::json::object> issuer_profile(store::Database& database,
                                           std::string_view organisation_id) {
  Result<std::optional<model::Organisation>> found =
      database.read([&](store::Connection& connection) {
        return store::find_organisation(connection, organisation_id);
      });
  if (!found) return found.error();
  if (!*found) return not_found(organisation_id);
  return with_open_badges_context(open_badges_profile(**found));
}

boost::json::object open_badges_profile(const model::Organisation& organisation) {
  boost::json::object profile{{"id", organisation.did},
                              {"type", boost::json::array{"Profile"}},
                              {"name", organisation.name}};
  if (organisation.url) profile["url"] = *organisation.url;
  if (organisation.email) profile["email"] = *organisation.email;
  if (organisation.description) profile["description"] = *organisation.description;
  if (organisation.country) {
    profile["address"] = boost::json::object{{"type", boost::json::array{"Address"}},
                                             {"addressCountryCode", *organisation.country}};
  }
  return profile;
}

}  // namespace cairn::app
