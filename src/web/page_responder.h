// PageResponder: from a page's values to its HTTP response, the same way for every page: the
// layout's values (page_context.h), rendering in the reader's language, the page headers
// (html_response.h) and the language cookie when the request chose one. Also the error pages.
//
// Thread-safety: immutable; safe from many threads. The renderer and assets must outlive it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/router.h"
#include "web/ctemplate.h"
#include "web/html_response.h"
#include "web/page_context.h"
#include "web/page_renderer.h"
#include "web/static_assets.h"

namespace cairn::web {

// How a page is answered besides its body. (Set members one by one: GCC 12 warns about
// designated initializers that leave members out.)
struct PageOptions {
  http::Status status = http::Status::ok;
  Caching caching = Caching::kPersonal;
  std::vector<std::string_view> scripts;                  // names of static assets ("verify.js")
  std::vector<std::pair<std::string, std::string>> meta;  // see LayoutValues::meta
  std::string title;  // when not empty, the title instead of the title key's message
};

class PageResponder {
 public:
  // `database` opens sessions (nullptr: nobody is ever signed in).
  PageResponder(const PageRenderer& renderer, const StaticAssets& assets, store::Database* database)
      : renderer_(renderer), assets_(assets), database_(database) {}

  // The request's language and session (page_context.h).
  PageContext context_of(const http::RequestContext& context) const {
    return page_context_of(context, database_);
  }

  // The page `template_name` with `values`, titled by the message `title_key`.
  http::Response respond(const http::RequestContext& context, const PageContext& page,
                         std::string_view template_name, std::string_view title_key,
                         ctemplate::TemplateDictionary& values, PageOptions options = {}) const;

  // An error page: the message `message_key` under a title for `status`; `detail` (may be empty)
  // says more, e.g. the error a parser gave.
  http::Response error(const http::RequestContext& context, const PageContext& page,
                       http::Status status, std::string_view message_key,
                       std::string_view detail = {}) const;

  // The error page for an Error of the use cases (app/): "not found" 404, "forbidden" 403 with
  // its reason, "conflict" 409, "invalid request" 400 with its reason, anything else 500.
  http::Response failure(const http::RequestContext& context, const PageContext& page,
                         const Error& error) const;

  const PageRenderer& renderer() const { return renderer_; }
  std::string_view message(const PageContext& page, std::string_view key) const {
    return renderer_.message(page.language, key);
  }

 private:
  const PageRenderer& renderer_;
  const StaticAssets& assets_;
  store::Database* database_;
};

}  // namespace cairn::web
