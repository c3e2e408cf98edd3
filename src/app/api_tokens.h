// API tokens: made for an account with a name, scopes and an optional lifetime, shown once, and
// checked on every API request (`Authorization: Bearer cairn_<id>_<secret>`).
//
// The token text is "cairn_" + 32 hex characters (the id, stored as is) + "_" + 43 base64url
// characters (256 random bits, stored only as SHA-256: the secret has too much entropy for a
// slow hash to add anything, and a stolen table gives no usable token). The prefix lets secret
// scanners recognize a leaked token.
//
// Thread-safety: safe from many threads (each call is its own transaction).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "common/date_time.h"
#include "common/result.h"
#include "model/account.h"
#include "store/database.h"

namespace cairn::app {

struct NewApiToken {
  std::string email;  // the account's
  std::string name;   // what the token is for, e.g. "LMS integration"
  std::vector<std::string> scopes;
  std::optional<std::chrono::days> lifetime;  // none: until revoked
};

struct IssuedApiToken {
  model::ApiToken token;
  std::string text;  // the whole token: shown once, never stored
};

// Errors: "unknown account", "invalid scope" (not one of model::kApiTokenScopes, or "admin" for
// an account that is not a platform admin), "invalid name", or the database's Error.
Result<IssuedApiToken> create_api_token(store::Database& database, const NewApiToken& request,
                                        TimePoint now);

// Who a request acts for.
struct Principal {
  model::User user;
  std::vector<std::string> scopes;
  std::string token_id;  // the API token's id; empty for a browser session (app/sessions.h)

  bool has_scope(std::string_view scope) const;
};

// The principal behind a bearer token, or Error "unauthenticated" with a message that does not
// tell which part was wrong (malformed, unknown, wrong secret, expired or revoked: the same
// message, so a guesser learns nothing).
Result<Principal> authenticate_api_token(store::Database& database, std::string_view text,
                                         TimePoint now);

}  // namespace cairn::app
