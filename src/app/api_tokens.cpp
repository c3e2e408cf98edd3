#include "app/api_tokens.h"

#include <algorithm>

#include "app/email_address.h"
#include "app/text_field.h"
#include "crypto/constant_time.h"
#include "crypto/digest.h"
#include "crypto/random_text.h"
#include "store/repositories/account_repository.h"

namespace cairn::app {
namespace {

constexpr std::string_view kPrefix = "cairn_";
constexpr std::size_t kIdBytes = 16;      // 32 hex characters
constexpr std::size_t kSecretBytes = 32;  // 43 base64url characters
constexpr std::size_t kIdChars = 2 * kIdBytes;
constexpr std::size_t kSecretChars = 43;

std::string secret_hash(std::string_view secret) {
  const crypto::Sha256Digest digest = crypto::sha256(secret);
  return crypto::to_hex(digest);
}

Error unauthenticated() {
  return Error{"unauthenticated",
               "the API token is not valid: it is malformed, unknown, expired or revoked"};
}

}  // namespace

bool Principal::has_scope(std::string_view scope) const {
  return std::find(scopes.begin(), scopes.end(), scope) != scopes.end();
}

Result<IssuedApiToken> create_api_token(store::Database& database, const NewApiToken& request,
                                        TimePoint now) {
  Result<std::string> email = normalize_email(request.email);
  if (!email) return email.error();
  if (Result<std::string> name = checked_text_field(request.name, "name", 200); !name) {
    return name.error();
  }
  if (request.scopes.empty()) {
    return Error{"invalid scope", "a token needs at least one scope"};
  }
  for (const std::string& scope : request.scopes) {
    if (std::find(model::kApiTokenScopes.begin(), model::kApiTokenScopes.end(), scope) ==
        model::kApiTokenScopes.end()) {
      return Error{"invalid scope",
                   "unknown scope \"" + scope + "\"; scopes are read, write, issue, revoke, admin"};
    }
  }
  const std::string id = crypto::random_hex(kIdBytes);
  const std::string secret = crypto::random_base64url(kSecretBytes);
  return database.write([&](store::Connection& connection) -> Result<IssuedApiToken> {
    const std::optional<store::StoredUser> owner = store::find_user_by_email(connection, *email);
    if (!owner) return Error{"unknown account", "no account has the e-mail address " + *email};
    const bool wants_admin =
        std::find(request.scopes.begin(), request.scopes.end(), "admin") != request.scopes.end();
    if (wants_admin && !owner->user.platform_admin) {
      return Error{"invalid scope", "only a platform admin's token may have the admin scope"};
    }
    store::StoredApiToken stored;
    stored.token = {id,
                    owner->user.id,
                    request.name,
                    request.scopes,
                    format_whole_seconds(now),
                    request.lifetime ? std::optional(format_whole_seconds(now + *request.lifetime))
                                     : std::nullopt,
                    std::nullopt};
    stored.secret_hash = secret_hash(secret);
    store::insert_api_token(connection, stored);
    return IssuedApiToken{stored.token, std::string(kPrefix) + id + "_" + secret};
  });
}

Result<Principal> authenticate_api_token(store::Database& database, std::string_view text,
                                         TimePoint now) {
  if (text.size() != kPrefix.size() + kIdChars + 1 + kSecretChars || !text.starts_with(kPrefix) ||
      text[kPrefix.size() + kIdChars] != '_') {
    return unauthenticated();
  }
  const std::string id(text.substr(kPrefix.size(), kIdChars));
  const std::string_view secret = text.substr(kPrefix.size() + kIdChars + 1);
  const std::string now_text = format_whole_seconds(now);
  return database.write([&](store::Connection& connection) -> Result<Principal> {
    const std::optional<store::StoredApiToken> stored = store::find_api_token(connection, id);
    if (!stored || !crypto::equal_in_constant_time(stored->secret_hash, secret_hash(secret)) ||
        stored->token.revoked_at ||
        (stored->token.expires_at && *stored->token.expires_at <= now_text)) {
      return unauthenticated();
    }
    std::optional<store::StoredUser> owner =
        store::find_user_by_id(connection, stored->token.user_id);
    if (!owner) return unauthenticated();
    store::touch_api_token(connection, id, now_text);
    return Principal{std::move(owner->user), stored->token.scopes, id};
  });
}

}  // namespace cairn::app
