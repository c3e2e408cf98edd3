#include "web/site.h"

#include "web/ctemplate.h"
#include "web/embedded_files.h"
#include "web/message_catalog.h"
#include "web/verify_page.h"

namespace cairn::web {

Result<std::unique_ptr<Site>> Site::create(const vc::Verifier& verifier) {
  Result<MessageCatalog> catalog = MessageCatalog::load(message_catalogs());
  if (!catalog) return catalog.error();
  Result<std::unique_ptr<PageRenderer>> renderer =
      PageRenderer::create(page_templates(), std::move(*catalog));
  if (!renderer) return renderer.error();
  return std::unique_ptr<Site>(new Site(std::move(*renderer), verifier));
}

Site::Site(std::unique_ptr<PageRenderer> renderer, const vc::Verifier& verifier)
    : renderer_(std::move(renderer)),
      pages_(*renderer_, assets_),
      verifier_(verifier),
      credential_page_(pages_, verifier_) {}

void Site::add_routes(http::Router& router, http::RateLimiter& verify_limiter) const {
  router.add(http::Verb::get, "/", [this](const http::RequestContext& context) {
    ctemplate::TemplateDictionary values("home");
    PageOptions options;
    options.caching = Caching::kPublic;
    return pages_.respond(context, page_context_of(context), "home.tpl", "home.title", values,
                          std::move(options));
  });
  add_verify_page(router, pages_, verifier_, verify_limiter);
  assets_.add_routes(router);
}

}  // namespace cairn::web
