// Browser sessions: sign-in with an e-mail address and a password (Argon2id), a session cookie,
// a CSRF token, sign-out, and a sign-in throttle per e-mail address.
//
// The cookie holds 43 base64url characters (256 random bits); the database keeps only their
// SHA-256, so a copy of the table opens no session. Each sign-in makes a new session (a cookie
// sent with the sign-in is revoked, never reused: no session fixation). A session ends when it
// is signed out, `lifetime` after sign-in, or `idle` after its last use.
//
// The throttle: after `failures_allowed` failed sign-ins for one e-mail address within
// `failure_window`, further attempts for it are refused, right password or not, until the oldest
// failure leaves the window. It counts addresses with no account too, and answers them as it
// answers accounts (the same message, and a password check against a stand-in hash so that the
// time taken tells nothing), so nobody learns which addresses have accounts.
//
// Thread-safety: safe from many threads (each call runs its own transactions).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "app/api_tokens.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/account.h"
#include "store/database.h"

namespace cairn::app {

// The name of the cookie that carries a session, for the API's and the pages' routes alike.
inline constexpr std::string_view kSessionCookie = "cairn_session";

struct SessionPolicy {
  std::chrono::seconds lifetime = std::chrono::days(7);
  std::chrono::seconds idle = std::chrono::hours(24);
  int failures_allowed = 5;
  std::chrono::seconds failure_window = std::chrono::minutes(15);
};

struct SignIn {
  std::string email;
  std::string password;
  std::optional<std::string> previous_cookie;  // a session cookie the browser sent along
};

struct NewSession {
  std::string cookie;  // the secret for the cookie: never stored, never logged
  std::string csrf_token;
  model::User user;
  std::string expires_at;
};

// Errors: "unauthenticated" (unknown address, wrong password or an account without one: one
// message), "too many attempts" (the throttle; the message says until when), or the database's.
Result<NewSession> sign_in(store::Database& database, const SignIn& request, TimePoint now,
                           const SessionPolicy& policy = {});

struct SessionPrincipal {
  Principal principal;  // scopes: read, write, issue, revoke, and admin for a platform admin
  std::string csrf_token;
  std::string expires_at;
};

// The session behind a cookie, or Error "unauthenticated" (malformed, unknown, signed out,
// expired or idle too long: one message).
Result<SessionPrincipal> authenticate_session(store::Database& database, std::string_view cookie,
                                              TimePoint now, const SessionPolicy& policy = {});

// Ends the session behind `cookie` (nothing happens for an unknown one).
Result<bool> sign_out(store::Database& database, std::string_view cookie, TimePoint now);

}  // namespace cairn::app
