#include "web/site.h"

#include "web/account_pages.h"
#include "web/analytics_page.h"
#include "web/console_pages.h"
#include "web/ctemplate.h"
#include "web/embedded_files.h"
#include "web/invitation_pages.h"
#include "web/message_catalog.h"
#include "web/verify_page.h"
#include "web/wallet_pages.h"

namespace cairn::web {

Result<std::unique_ptr<Site>> Site::create(SiteServices services) {
  Result<MessageCatalog> catalog = MessageCatalog::load(message_catalogs());
  if (!catalog) return catalog.error();
  Result<std::unique_ptr<PageRenderer>> renderer =
      PageRenderer::create(page_templates(), std::move(*catalog));
  if (!renderer) return renderer.error();
  return std::unique_ptr<Site>(new Site(std::move(*renderer), std::move(services)));
}

Site::Site(std::unique_ptr<PageRenderer> renderer, SiteServices services)
    : renderer_(std::move(renderer)),
      services_(std::move(services)),
      pages_(*renderer_, assets_, services_.database),
      credential_page_(pages_, *services_.verifier, services_.events) {}

void Site::add_routes(http::Router& router, http::RateLimiter& verify_limiter) const {
  router.add(http::Verb::get, "/", [this](const http::RequestContext& context) {
    ctemplate::TemplateDictionary values("home");
    PageOptions options;
    options.caching = Caching::kPublic;
    return pages_.respond(context, pages_.context_of(context), "home.tpl", "home.title", values,
                          std::move(options));
  });
  add_verify_page(router, pages_, *services_.verifier, verify_limiter,
                  {services_.events, services_.instance.base_url});
  const AccountPageOptions account_options{
      .sign_up_open = services_.sign_up_open,
      .secure_cookies = services_.instance.base_url.starts_with("https://")};
  add_account_pages(router, pages_, *services_.database, verify_limiter, account_options);
  add_invitation_pages(router, pages_, *services_.database, verify_limiter, account_options);
  add_wallet_pages(router, pages_, *services_.database, *services_.verifier,
                   services_.instance.base_url, services_.events);
  add_console_pages(router, pages_, *services_.database, services_.instance);
  add_analytics_page(router, pages_, *services_.database);
  assets_.add_routes(router);
}

}  // namespace cairn::web
