// Cookies (RFC 6265): reading one from a request's Cookie header, and the Set-Cookie value that
// sets or clears one.
//
// Thread-safety: free functions.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "http/router.h"

namespace cairn::http {

// The value of the first cookie called `name` in the request's Cookie headers, or nullopt.
std::optional<std::string_view> cookie_value(const Request& request, std::string_view name);

struct CookieAttributes {
  std::chrono::seconds max_age{0};  // 0: clears the cookie
  bool secure = false;              // sent over HTTPS only
  bool http_only = true;            // out of reach of page scripts
  std::string_view same_site = "Lax";
};

// "name=value; Path=/; Max-Age=...; HttpOnly; SameSite=...[; Secure]". `value` must be cookie
// octets (the callers' values are base64url).
std::string set_cookie_value(std::string_view name, std::string_view value,
                             const CookieAttributes& attributes);

}  // namespace cairn::http
