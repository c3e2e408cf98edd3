// What every page needs from its request before it renders: the reader's language (and whether
// the request just chose it, so the response remembers it in a cookie), who is signed in, and
// the layout's values: the stylesheet, the language switch (links to this page in each
// language), the page title, the signed-in account's name and sign-out form.
//
// Thread-safety: free functions and a plain value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/sessions.h"
#include "http/form_data.h"
#include "http/router.h"
#include "store/database.h"
#include "web/language.h"
#include "web/page_renderer.h"
#include "web/static_assets.h"

namespace cairn::web {

struct PageContext {
  Language language = Language::kEnglish;
  bool chosen_now = false;  // ?lang= named a language: the response sets the cookie
  std::optional<app::SessionPrincipal> session;  // the signed-in account, by its cookie
};

inline constexpr std::string_view kLanguageCookie = "cairn_lang";

// The language, and the session when `database` is given and the request's cookie opens one.
PageContext page_context_of(const http::RequestContext& context,
                            store::Database* database = nullptr);

// The header's and footer's values: the title (the message `title_key`), the stylesheet and a
// link to `context.path` in each language.
LayoutValues layout_values(const http::RequestContext& context, const PageContext& page,
                           const PageRenderer& renderer, const StaticAssets& assets,
                           std::string_view title_key);

// The fields of the request's form body (http/form_data.h); none when the body is no readable
// form, which the pages treat as an empty form (their checks then say what is missing).
std::vector<http::FormField> form_fields_of(const http::RequestContext& context);

// True when a session is open and the form carries its CSRF token (field "csrf_token"), compared
// in constant time: the synchronizer token pattern, as the API's X-CSRF-Token header.
bool has_session_token(const PageContext& page, const std::vector<http::FormField>& fields);

// The response's Set-Cookie for a language chosen now (a year, readable by scripts: it is no
// secret); does nothing otherwise.
void remember_language(http::Response& response, const PageContext& page);

}  // namespace cairn::web
