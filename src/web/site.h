// Site: the pages of `cairn serve`, made once at start-up: the translated templates, the static
// files, and the routes that serve them:
//   GET /                 the start page
//   GET, POST /verify     the verify page (verify_page.h)
//   /sign-in, /sign-up, /sign-out                 accounts (account_pages.h)
//   /wallet..., /claim/{token}                    the earner's pages (wallet_pages.h)
//   /console...                                   the issuer console (console_pages.h,
//                                                 analytics_page.h)
//   GET /static/{name}    the stylesheet and scripts (static_assets.h)
// The public credential page is answered by GET /credentials/{id} (api/credential_routes.h),
// which asks credential_page() when a browser asks.
//
// Thread-safety: immutable after create(); the routes may run on many threads at once.
#pragma once

#include <memory>
#include <string>

#include "app/create_organisation.h"
#include "app/credential_events.h"
#include "common/result.h"
#include "http/rate_limiter.h"
#include "http/router.h"
#include "store/database.h"
#include "vc/verifier.h"
#include "web/credential_page.h"
#include "web/page_renderer.h"
#include "web/page_responder.h"
#include "web/static_assets.h"

namespace cairn::web {

// What the pages act on; all must outlive the site.
struct SiteServices {
  const vc::Verifier* verifier = nullptr;  // required
  store::Database* database = nullptr;     // required
  app::Instance instance;                  // base URL (absolute public links), signing
  app::EventCounter* events = nullptr;     // views, verifications, shares; nullptr: not counted
  bool sign_up_open = true;
};

class Site {
 public:
  // Errors: the catalogs' or templates' (a missing translation, a template ctemplate refuses):
  // the program's own files, so a broken build, reported at start-up rather than on a page.
  static Result<std::unique_ptr<Site>> create(SiteServices services);

  // The limiter (shared with the verification API) must outlive the router's use.
  void add_routes(http::Router& router, http::RateLimiter& verify_limiter) const;

  const CredentialPage& credential_page() const { return credential_page_; }
  const PageResponder& pages() const { return pages_; }

 private:
  Site(std::unique_ptr<PageRenderer> renderer, SiteServices services);

  std::unique_ptr<PageRenderer> renderer_;
  SiteServices services_;
  StaticAssets assets_;
  PageResponder pages_;
  CredentialPage credential_page_;
};

}  // namespace cairn::web
