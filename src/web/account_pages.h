// Signing in, signing up and out, for people (the API's JSON routes stay for programs):
//   GET  /sign-in[?next=PATH]  the form
//   POST /sign-in              email, password, next: on success the session cookie (as
//                              POST /api/v1/session sets it) and 303 to `next` when it is a path
//                              on this site, else /wallet; otherwise the form again saying why
//                              (401; 429 while the address is throttled)
//   GET  /sign-up[?next=PATH]  the form, when sign-up is open (404 otherwise)
//   POST /sign-up              name, email, password, next: the account, signed in at once
//   POST /sign-out             csrf_token: ends the session; 303 to /
// Password routes cost the client several tokens of the shared rate limiter, as the API's do.
//
// Thread-safety: the handlers may run on many threads at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "http/rate_limiter.h"
#include "http/router.h"
#include "store/database.h"
#include "web/page_responder.h"

namespace cairn::web {

struct AccountPageOptions {
  bool sign_up_open = true;
  bool secure_cookies = false;  // the instance runs behind HTTPS: cookies get Secure
};

// What a person is told when an account use case (sign-in, sign-up, create_user) refused: the
// message key for the Error's code, the message in the page's language (with the Error's own
// message where the key alone says too little), and the status of the answer.
std::string_view account_problem_key(const Error& error);
std::string account_problem_text(const PageResponder& pages, const PageContext& page,
                                 const Error& error);
http::Status account_problem_status(const Error& error);

// Limiter tokens a request that hashes a password costs the client.
inline constexpr double kPasswordRateCost = 5;

// Everything must outlive the router's use.
void add_account_pages(http::Router& router, const PageResponder& pages, store::Database& database,
                       http::RateLimiter& limiter, AccountPageOptions options);

// `next` when it is a path on this site ("/wallet", not "//evil.example" or "https://..."),
// else `fallback`: a sign-in never sends anyone elsewhere.
std::string local_path_or(std::string_view next, std::string_view fallback);

// Signs `email` in with `password` and answers 303 to `location` (a path on this site) with the
// session cookie; the error of app::sign_in when that fails.
Result<http::Response> sign_in_and_redirect(const http::RequestContext& context,
                                            store::Database& database,
                                            const AccountPageOptions& options,
                                            const std::string& email, const std::string& password,
                                            std::string_view location);

// A 303 See Other to `location` (a path on this site).
http::Response see_other(const http::Request& request, std::string_view location);

// A 303 to /sign-in that comes back to this page afterwards.
http::Response to_sign_in(const http::RequestContext& context);

// A form posted by a signed-in browser: its page context (with the session) and its fields.
struct SignedInForm {
  PageContext page;
  std::vector<http::FormField> fields;
};
// Reads `form` from the request, or returns the answer that refuses it: to /sign-in without a
// session, 403 without the session's CSRF token among the fields.
std::optional<http::Response> read_signed_in_form(const PageResponder& pages,
                                                  const http::RequestContext& context,
                                                  SignedInForm& form);

}  // namespace cairn::web
