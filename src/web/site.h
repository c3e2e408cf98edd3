// Site: the pages of `cairn serve`, made once at start-up: the translated templates, the static
// files, and the routes that serve them:
//   GET /                 the start page
//   GET, POST /verify     the verify page (verify_page.h)
//   GET /static/{name}    the stylesheet and scripts (static_assets.h)
// The public credential page is answered by GET /credentials/{id} (api/credential_routes.h),
// which asks credential_page() when a browser asks.
//
// Thread-safety: immutable after create(); the routes may run on many threads at once.
#pragma once

#include <memory>

#include "common/result.h"
#include "http/rate_limiter.h"
#include "http/router.h"
#include "vc/verifier.h"
#include "web/credential_page.h"
#include "web/page_renderer.h"
#include "web/page_responder.h"
#include "web/static_assets.h"

namespace cairn::web {

class Site {
 public:
  // Errors: the catalogs' or templates' (a missing translation, a template ctemplate refuses):
  // the program's own files, so a broken build, reported at start-up rather than on a page.
  // The verifier must outlive the site.
  static Result<std::unique_ptr<Site>> create(const vc::Verifier& verifier);

  // The limiter (shared with the verification API) must outlive the router's use.
  void add_routes(http::Router& router, http::RateLimiter& verify_limiter) const;

  const CredentialPage& credential_page() const { return credential_page_; }
  const PageResponder& pages() const { return pages_; }

 private:
  Site(std::unique_ptr<PageRenderer> renderer, const vc::Verifier& verifier);

  std::unique_ptr<PageRenderer> renderer_;
  StaticAssets assets_;
  PageResponder pages_;
  const vc::Verifier& verifier_;
  CredentialPage credential_page_;
};

}  // namespace cairn::web
