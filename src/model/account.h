// Accounts: the people who use a Cairn instance, and the API tokens that act for them.
//
// Identifiers are random (32 lower-case hex characters), made by the application rather than the
// database, so that both backends store them the same way and nobody can count accounts by
// walking ids. Times are RFC 3339 UTC text ("2026-11-29T16:00:00Z"), which sorts as it reads.
//
// Thread-safety: plain values.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::model {

struct User {
  std::string id;
  std::string email;  // normalized: trimmed, ASCII lower-case
  std::string display_name;
  bool platform_admin = false;
  std::string created_at;
};

// How a mail or page names the account to others: "Name (address)", or the address alone.
inline std::string name_and_email(const User& user) {
  return user.display_name.empty() ? user.email : user.display_name + " (" + user.email + ")";
}

// What a token may do on behalf of its user; the user's own rights still apply on top.
inline constexpr std::array<std::string_view, 5> kApiTokenScopes = {
    "read",    // read what the user may read
    "write",   // change organisations, achievements, wallets
    "issue",   // award credentials
    "revoke",  // revoke, suspend, unsuspend credentials
    "admin",   // platform administration (platform admins only)
};

struct ApiToken {
  std::string id;  // the public part of the token text
  std::string user_id;
  std::string name;
  std::vector<std::string> scopes;
  std::string created_at;
  std::optional<std::string> expires_at;
  std::optional<std::string> revoked_at;
};

}  // namespace cairn::model
