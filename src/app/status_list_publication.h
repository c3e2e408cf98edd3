// published_status_list: the signed BitstringStatusListCredential an organisation publishes at
// <base URL>/status/<list>/revocation, which the credentialStatus entries of its credentials
// point to.
//
// The document is made from the credentials' status columns, signed with the organisation's
// key (eddsa-rdfc-2022), and cached in the database with the list's revision it shows; a status
// change makes a new revision, so the next request signs a new document. The list's validFrom
// is the time of its last change.
//
// Errors: "not found" (no such list, or a purpose other than revocation), "invalid key file", the
// signer's errors, or the database's Error.
//
// Thread-safety: safe from many threads; two requests may both sign a new document after a
// change, and both are correct.
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "app/create_organisation.h"
#include "common/result.h"
#include "store/database.h"

namespace cairn::app {

Result<boost::json::object> published_status_list(store::Database& database,
                                                  const Instance& instance,
                                                  std::string_view list_id,
                                                  std::string_view purpose);

}  // namespace cairn::app
