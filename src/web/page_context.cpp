#include "web/page_context.h"

#include <boost/beast/http/field.hpp>
#include <chrono>

#include "crypto/constant_time.h"
#include "http/cookies.h"

namespace cairn::web {
namespace {

constexpr std::string_view kLanguageNames[] = {"English", "Deutsch", "Español"};

}  // namespace

PageContext page_context_of(const http::RequestContext& context, store::Database* database) {
  PageContext page;
  const std::optional<std::string> query = context.query_parameter("lang");
  if (query && language_from_code(*query)) {
    page.language = *language_from_code(*query);
    page.chosen_now = true;
  } else {
    const std::optional<std::string_view> cookie =
        http::cookie_value(context.request, kLanguageCookie);
    page.language =
        choose_language(cookie, context.request[boost::beast::http::field::accept_language]);
  }
  if (database != nullptr) {
    if (const auto cookie = http::cookie_value(context.request, app::kSessionCookie)) {
      Result<app::SessionPrincipal> session =
          app::authenticate_session(*database, *cookie, current_time());
      if (session) page.session = std::move(*session);
    }
  }
  return page;
}

LayoutValues layout_values(const http::RequestContext& context, const PageContext& page,
                           const PageRenderer& renderer, const StaticAssets& assets,
                           std::string_view title_key) {
  LayoutValues layout;
  layout.title = std::string(renderer.message(page.language, title_key));
  layout.stylesheet = assets.url("cairn.css");
  if (page.session) {
    layout.user_name = page.session->principal.user.display_name;
    layout.csrf_token = page.session->csrf_token;
  }
  for (const Language language : kLanguages) {
    layout.languages.push_back(
        {std::string(language_code(language)),
         std::string(kLanguageNames[static_cast<std::size_t>(language)]),
         std::string(context.path) + "?lang=" + std::string(language_code(language)),
         language == page.language});
  }
  return layout;
}

std::vector<http::FormField> form_fields_of(const http::RequestContext& context) {
  Result<std::vector<http::FormField>> fields = http::parse_form(
      context.request[boost::beast::http::field::content_type], context.request.body());
  return fields ? std::move(*fields) : std::vector<http::FormField>();
}

bool has_session_token(const PageContext& page, const std::vector<http::FormField>& fields) {
  const http::FormField* token = http::find_field(fields, "csrf_token");
  return page.session && token != nullptr && !token->is_file &&
         crypto::equal_in_constant_time(token->value, page.session->csrf_token);
}

void remember_language(http::Response& response, const PageContext& page) {
  if (!page.chosen_now) return;
  http::CookieAttributes attributes;
  attributes.max_age = std::chrono::hours(24 * 365);
  attributes.http_only = false;
  response.set(boost::beast::http::field::set_cookie,
               http::set_cookie_value(kLanguageCookie, language_code(page.language), attributes));
}

}  // namespace cairn::web
