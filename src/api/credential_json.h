// How the API shows an issued credential to the organisation that issued it: the record
// (recipient, achievement version, status, claim) and the signed credential itself (a JSON
// object, or the compact JWT as a string).
//
//   {"id", "url", "organisation", "achievement": {"id", "version"},
//    "recipient": {"type", "identifier", "name"?}, "format", "issued_at", "valid_until"?,
//    "status": {"state": "active" | "suspended" | "revoked", "list", "index",
//               "revoked_at"?, "revocation_reason"?, "suspended_at"?, "suspension_reason"?},
//    "claim": "pending" | "accepted" | "declined", "credential": {...} | "eyJ..."}
//
// Thread-safety: a free function.
#pragma once

#include <boost/json/object.hpp>

#include "app/create_organisation.h"
#include "model/credential.h"

namespace cairn::api {

boost::json::object credential_json(const model::IssuedCredential& credential,
                                    const app::Instance& instance);

}  // namespace cairn::api
