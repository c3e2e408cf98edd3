// Credential routes:
//   GET  /credentials/{id}                     the signed credential, public: JSON-LD
//                                              (application/ld+json) for Data Integrity
//                                              credentials, the compact JWT (application/vc+jwt)
//                                              for VC-JWT ones; 404 while suspended or once the
//                                              earner declined it. A browser (Accept lists
//                                              text/html) gets the public credential page
//                                              instead, when `page` is given
//   POST /api/v1/credentials/{id}/revoke       {"reason"} permanent (scope revoke, role admin)
//   POST /api/v1/credentials/{id}/suspend      {"reason"}
//   POST /api/v1/credentials/{id}/unsuspend    {}
//   GET  /status/{list}/{purpose}              the signed BitstringStatusListCredential of the
//                                              list; purpose "revocation" (the one OB 3.0
//                                              credentials can carry); public
// The status changes answer 200 with the credential (credential_json.h), 409 when the change
// does not apply (already revoked, not suspended, ...).
//
// Thread-safety: call before the server runs; the parts must outlive the router.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"
#include "web/credential_page.h"

namespace cairn::api {

void add_credential_routes(http::Router& router, store::Database& database, app::Instance instance,
                           const web::CredentialPage* page = nullptr);

}  // namespace cairn::api
