// What the instance publishes about an issuer organisation, to anyone:
//   - its DID document (did:web), listing every key of its key file, revoked ones with their
//     time, so old credentials keep verifying (vc/issuer_key_set.h);
//   - its Open Badges 3.0 Profile (the `issuer` of its credentials).
//
// Errors: "not found" (no such organisation), "invalid key file" (the sealed file does not open
// under the master key: a wrong master key or a damaged row), or the database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "app/create_organisation.h"
#include "common/result.h"
#include "model/organisation.h"
#include "store/database.h"

namespace cairn::app {

Result<boost::json::object> issuer_did_document(store::Database& database, const Instance& instance,
                                                std::string_view organisation_id);

Result<boost::json::object> issuer_profile(store::Database& database,
                                           std::string_view organisation_id);

// The Profile object itself, without @context: what credentials carry as their `issuer`. The
// country (the EU element "country of the issuer") is address.addressCountryCode.
boost::json::object open_badges_profile(const model::Organisation& organisation);

}  // namespace cairn::app
