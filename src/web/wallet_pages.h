// The earner's wallet and claim pages, for a signed-in account (others are sent to /sign-in and
// back):
//   GET  /wallet                          every credential held, and an import form
//   POST /wallet/import                   a file (JSON, JWT, baked PNG or SVG): verified, then
//                                         kept (303 to its page), or the report saying why not
//   GET  /wallet/{entry}                  one credential: its verification, and the share panel:
//                                         visibility, the public link, LinkedIn's "add to
//                                         profile", downloads (JSON, baked PNG, SVG, PDF)
//   GET  /wallet/{entry}/certificate.pdf  the PDF certificate with a QR code to its verification
//                                         page, the credential attached (media/certificate_pdf.h)
//   POST /wallet/{entry}/visibility       visibility=public|private
//   POST /wallet/{entry}/remove           takes it out of the wallet
//   GET  /claim/{token}                   the credential an e-mail link offers: accept, decline
//   POST /claim/{token}                   answer=accept|decline; signed in, an accepted credential
//                                         joins the wallet
// Every POST from a signed-in page carries the session's CSRF token.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include <string>

#include "app/credential_events.h"
#include "http/router.h"
#include "model/wallet.h"
#include "store/database.h"
#include "vc/verifier.h"
#include "web/page_responder.h"

namespace cairn::web {

// Everything must outlive the router's use. `base_url` makes the public links absolute.
// `events` counts shares (an issued credential made public; nullptr: not counted).
void add_wallet_pages(http::Router& router, const PageResponder& pages, store::Database& database,
                      const vc::Verifier& verifier, std::string base_url,
                      app::EventCounter* events = nullptr);

// LinkedIn's "Add to profile" link for a certification (name, organization, issue and expiry
// month and year, the credential's URL and id), as LinkedIn documents its parameters.
std::string linkedin_add_to_profile_url(const model::WalletEntry& entry,
                                        const std::string& public_url);

}  // namespace cairn::web
