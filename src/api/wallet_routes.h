// The earner's wallet (app/wallet.h), for the account a token or session acts for:
//   GET    /api/v1/wallet[?limit=&offset=]        the entries, newest first (at most 500)
//   POST   /api/v1/wallet/import                  a credential (JSON, compact JWT, baked PNG or
//                                                 SVG; up to 8 MiB): 201 with the entry and the
//                                                 verification report, or 422 with the report
//                                                 when it does not verify
//   GET    /api/v1/wallet/{entry}                 the entry with the credential
//   PUT    /api/v1/wallet/{entry}                 {"visibility": "public" | "private"}
//   DELETE /api/v1/wallet/{entry}                 removes it (the credential itself stays valid)
//   GET    /api/v1/wallet/{entry}/export?format=  json (default), png or svg: the credential, or
//                                                 a badge image with the credential baked in
//   GET    /shared/{token}                        anyone: a public entry's credential; a browser
//                                                 gets the credential page when `page` is given
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include "app/create_organisation.h"
#include "http/router.h"
#include "store/database.h"
#include "vc/verifier.h"
#include "web/credential_page.h"

namespace cairn::api {

// The database and the verifier must outlive the router's use.
void add_wallet_routes(http::Router& router, store::Database& database,
                       const app::Instance& instance, const vc::Verifier& verifier,
                       const web::CredentialPage* page = nullptr);

}  // namespace cairn::api
