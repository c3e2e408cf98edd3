#include "app/sessions.h"

#include "app/email_address.h"
#include "crypto/digest.h"
#include "crypto/password_hash.h"
#include "crypto/random_text.h"
#include "store/repositories/account_repository.h"
#include "store/repositories/session_repository.h"

namespace cairn::app {
namespace {

constexpr std::size_t kSecretBytes = 32;  // 43 base64url characters
constexpr std::size_t kSecretChars = 43;
// A session's last use is written at most this often: not a write per request.
constexpr auto kTouchEvery = std::chrono::minutes(5);

Error unauthenticated() {
  return Error{"unauthenticated", "the e-mail address or the password is wrong"};
}

Error no_session() {
  return Error{"unauthenticated",
               "not signed in: the session is unknown, signed out, expired or was idle too long"};
}

std::string session_id(std::string_view cookie) { return crypto::to_hex(crypto::sha256(cookie)); }

// A hash for addresses without an account, checked like a real one so that sign-in takes as
// long for them. Made once per process.
const std::string& stand_in_hash() {
  static const std::string hash = *crypto::hash_password(crypto::random_base64url(kSecretBytes));
  return hash;
}

bool well_formed(std::string_view cookie) {
  if (cookie.size() != kSecretChars) return false;
  for (char c : cookie) {
    const bool base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!base64url) return false;
  }
  return true;
}

std::vector<std::string> session_scopes(const model::User& user) {
  std::vector<std::string> scopes = {"read", "write", "issue", "revoke"};
  if (user.platform_admin) scopes.emplace_back("admin");
  return scopes;
}

}  // namespace

Result<NewSession> sign_in(store::Database& database, const SignIn& request, TimePoint now,
                           const SessionPolicy& policy) {
  Result<std::string> normalized = normalize_email(request.email);
  if (!normalized) return unauthenticated();
  const std::string& email = *normalized;
  const std::string window_start = format_whole_seconds(now - policy.failure_window);

  struct Known {
    std::optional<store::StoredUser> user;
    std::optional<std::string> throttled_until;
  };
  Result<Known> known = database.read([&](store::Connection& connection) -> Result<Known> {
    Known found;
    if (store::count_sign_in_failures(connection, email, window_start) >= policy.failures_allowed) {
      const std::optional<std::string> first =
          store::first_sign_in_failure(connection, email, window_start);
      const Result<TimePoint> first_at = parse_date_time_stamp(first.value_or(window_start));
      found.throttled_until =
          format_whole_seconds((first_at ? *first_at : now) + policy.failure_window);
      return found;
    }
    found.user = store::find_user_by_email(connection, email);
    return found;
  });
  if (!known) return known.error();
  if (known->throttled_until) {
    return Error{"too many attempts", "too many failed sign-ins for " + email +
                                          "; sign-in for it is refused until " +
                                          *known->throttled_until};
  }

  // Argon2id takes a tenth of a second: outside any transaction.
  const bool has_password = known->user && known->user->password_hash;
  const bool matches = crypto::verify_password(
      request.password, has_password ? *known->user->password_hash : stand_in_hash());
  const std::string now_text = format_whole_seconds(now);
  if (!has_password || !matches) {
    Result<bool> recorded = database.write([&](store::Connection& connection) -> Result<bool> {
      store::record_sign_in_failure(connection, email, now_text);
      return true;
    });
    if (!recorded) return recorded.error();
    return unauthenticated();
  }

  NewSession session{crypto::random_base64url(kSecretBytes), crypto::random_base64url(kSecretBytes),
                     known->user->user, format_whole_seconds(now + policy.lifetime)};
  Result<bool> stored = database.write([&](store::Connection& connection) -> Result<bool> {
    store::clear_sign_in_failures(connection, email, window_start);
    if (request.previous_cookie && well_formed(*request.previous_cookie)) {
      store::revoke_session(connection, session_id(*request.previous_cookie), now_text);
    }
    store::insert_session(
        connection, {session_id(session.cookie), session.user.id, session.csrf_token, now_text,
                     now_text, session.expires_at, std::nullopt});
    return true;
  });
  if (!stored) return stored.error();
  return session;
}

Result<SessionPrincipal> authenticate_session(store::Database& database, std::string_view cookie,
                                              TimePoint now, const SessionPolicy& policy) {
  if (!well_formed(cookie)) return no_session();
  const std::string id = session_id(cookie);
  const std::string now_text = format_whole_seconds(now);
  const std::string idle_since = format_whole_seconds(now - policy.idle);
  struct Found {
    store::StoredSession session;
    store::StoredUser user;
  };
  Result<std::optional<Found>> found =
      database.read([&](store::Connection& connection) -> Result<std::optional<Found>> {
        std::optional<store::StoredSession> session = store::find_session(connection, id);
        if (!session || session->revoked_at || session->expires_at <= now_text ||
            session->last_seen_at < idle_since) {
          return std::optional<Found>();
        }
        std::optional<store::StoredUser> user =
            store::find_user_by_id(connection, session->user_id);
        if (!user) return std::optional<Found>();
        return std::optional<Found>(Found{std::move(*session), std::move(*user)});
      });
  if (!found) return found.error();
  if (!*found) return no_session();
  if ((*found)->session.last_seen_at < format_whole_seconds(now - kTouchEvery)) {
    Result<bool> touched = database.write([&](store::Connection& connection) -> Result<bool> {
      store::touch_session(connection, id, now_text);
      return true;
    });
    if (!touched) return touched.error();
  }
  model::User user = std::move((*found)->user.user);
  std::vector<std::string> scopes = session_scopes(user);
  return SessionPrincipal{Principal{std::move(user), std::move(scopes), ""},
                          std::move((*found)->session.csrf_token),
                          std::move((*found)->session.expires_at)};
}

Result<bool> sign_out(store::Database& database, std::string_view cookie, TimePoint now) {
  if (!well_formed(cookie)) return false;
  const std::string id = session_id(cookie);
  return database.write([&](store::Connection& connection) -> Result<bool> {
    store::revoke_session(connection, id, format_whole_seconds(now));
    return true;
  });
}

}  // namespace cairn::app
