#include "web/html_response.h"

#include <boost/beast/http/field.hpp>

namespace cairn::web {

http::Response html_response(const http::Request& request, http::Status status, std::string html,
                             Language language, Caching caching) {
  namespace field = boost::beast::http;
  http::Response response =
      http::text_response(request, status, std::move(html), "text/html; charset=utf-8");
  response.set(field::field::content_language, language_code(language));
  response.set(field::field::cache_control,
               caching == Caching::kPublic ? "public, max-age=60" : "no-store");
  // The language comes from the query, a cookie or Accept-Language; the page from Accept.
  response.set(field::field::vary, "Accept, Accept-Language, Cookie");
  response.set("Content-Security-Policy",
               "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data: "
               "https:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
               "base-uri 'none'");
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "same-origin");
  return response;
}

}  // namespace cairn::web
