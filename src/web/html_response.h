// The response of a page: HTML in UTF-8 with the headers every page carries (its language, a
// Content-Security-Policy that allows only this origin's styles, scripts and forms, no framing,
// no MIME sniffing) and its caching: personal pages are never stored, public ones briefly.
//
// Thread-safety: free functions.
#pragma once

#include <string>

#include "http/responses.h"
#include "web/language.h"

namespace cairn::web {

enum class Caching {
  kPersonal,  // Cache-Control: no-store
  kPublic,    // Cache-Control: public, max-age=60 (a revocation shows within a minute)
};

http::Response html_response(const http::Request& request, http::Status status, std::string html,
                             Language language, Caching caching);

}  // namespace cairn::web
