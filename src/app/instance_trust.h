// What the service's verifier knows without the network: the DID documents of this instance's
// own issuers and the status lists it publishes, read from the database. Verifying a credential
// the instance issued then checks its did:web key and its revocation, exactly as
// an outside verifier fetching /issuers/<id>/did.json and /status/<list>/<purpose> would.
//
// InstanceDidResolver answers for the DIDs of the instance's organisations and passes every
// other DID to `fallback` (did:key and the like; never did:web over the network).
// InstanceStatusLists answers for URLs under <base URL>/status/ and refuses others with a clear
// Error (the verifier reports it as a status warning).
//
// Thread-safety: resolve() and fetch() may run on many threads at once; the database, instance
// and fallback must outlive these objects.
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "app/create_organisation.h"
#include "did/did_resolver.h"
#include "store/database.h"
#include "vc/status/status_list_source.h"

namespace cairn::app {

class InstanceDidResolver final : public did::DidResolver {
 public:
  InstanceDidResolver(store::Database& database, const Instance& instance,
                      const did::DidResolver& fallback);

  Result<boost::json::object> resolve(std::string_view did) const override;

 private:
  store::Database& database_;
  const Instance& instance_;
  const did::DidResolver& fallback_;
};

class InstanceStatusLists final : public vc::status::StatusListSource {
 public:
  InstanceStatusLists(store::Database& database, const Instance& instance);

  Result<boost::json::object> fetch(std::string_view url) const override;

 private:
  store::Database& database_;
  const Instance& instance_;
};

}  // namespace cairn::app
