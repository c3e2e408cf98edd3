// SessionRepository: browser sessions and failed sign-ins (schema: cairn_schema.cpp, step 7).
// Functions run inside a transaction the caller opened and throw what Connection throws.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/connection.h"

namespace cairn::store {

struct StoredSession {
  std::string id;  // lower-case hex SHA-256 of the cookie's secret
  std::string user_id;
  std::string csrf_token;
  std::string created_at;
  std::string last_seen_at;
  std::string expires_at;
  std::optional<std::string> revoked_at;
};

void insert_session(Connection& connection, const StoredSession& session);
std::optional<StoredSession> find_session(Connection& connection, std::string_view id);
void touch_session(Connection& connection, std::string_view id, std::string_view at);
void revoke_session(Connection& connection, std::string_view id, std::string_view at);

void record_sign_in_failure(Connection& connection, std::string_view email, std::string_view at);
// Failed sign-ins for `email` after `since`.
std::int64_t count_sign_in_failures(Connection& connection, std::string_view email,
                                    std::string_view since);
// The earliest failure after `since`, if any: the oldest one the throttle counts.
std::optional<std::string> first_sign_in_failure(Connection& connection, std::string_view email,
                                                 std::string_view since);
// Forgets the failures of `email` (after a sign-in succeeds) and every failure before `before`
// (they no longer count for anyone).
void clear_sign_in_failures(Connection& connection, std::string_view email,
                            std::string_view before);

}  // namespace cairn::store
