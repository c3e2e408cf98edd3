// Invitations to join an organisation, for people without an account yet. add_member
// (memberships.h) makes one when the address it is given has no account, in the same transaction,
// and queues the mail with its link: <base URL>/invitations/<token>, 256 bits of randomness, stored
// as SHA-256 only, valid 14 days. Inviting the same address again replaces the pending invitation
// (only the newest link works). An organisation has at most 1,000 pending invitations.
//
// The link alone lets its holder see the invitation and accept it, in one of two ways:
//   - with a new account for the invited address (a name and a password), made even when the
//     instance's public sign-up is closed: the invitation is the admin's consent;
//   - signed in with the invited address (someone who made an account meanwhile).
// Accepting makes the membership in the invited role and uses the invitation up. It is refused
// when the inviter no longer holds that role or admin rights in the organisation.
//
// Errors: "not found" (unknown, expired or used link: one message for all), "other account"
// (signed in with another address than the invited one), "forbidden" (the inviter lost the right;
// listing or withdrawing without the scope or role), "email taken" (an account has the address now:
// sign in, then accept), "conflict" (1,000 pending invitations), the errors of create_user, or the
// database's Error.
//
// Thread-safety: safe from many threads (each call is one transaction).
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "app/api_tokens.h"
#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/account.h"
#include "model/organisation.h"
#include "store/connection.h"
#include "store/database.h"

namespace cairn::app {

inline constexpr auto kInvitationLifetime = std::chrono::days(14);
inline constexpr std::int64_t kMaxPendingInvitations = 1000;

struct InvitationView {
  std::string organisation_id;
  std::string organisation_name;
  std::string email;
  model::Role role = model::Role::kViewer;
  std::string invited_by;  // the inviter's "name (address)", or address alone
  std::string expires_at;
};

// Stores an invitation for `email` (normalized, without an account) and queues its mail, in the
// caller's transaction; the caller checked that `inviter` may add members in `role`. Returns when
// the invitation expires.
Result<std::string> invite(store::Connection& connection, const Instance& instance,
                           const Principal& inviter, std::string_view organisation_id,
                           const std::string& email, model::Role role, TimePoint now);

Result<InvitationView> read_invitation(store::Database& database, std::string_view token,
                                       TimePoint now);

// The organisation's pending invitations, newest first, for any member (read scope).
Result<std::vector<InvitationView>> list_invitations(store::Database& database,
                                                     const Principal& principal,
                                                     std::string_view organisation_id,
                                                     TimePoint now);

struct NewMember {
  model::User user;
  std::string organisation_id;
};

// Withdraws the pending invitation of `email`: admins and owners (write scope), never one for a
// role above their own; "not found" when there is none.
Result<bool> withdraw_invitation(store::Database& database, const Principal& principal,
                                 std::string_view organisation_id, std::string_view email,
                                 TimePoint now);

// Makes the account for the invited address and the membership.
Result<NewMember> accept_with_new_account(store::Database& database, std::string_view token,
                                          std::string_view display_name, std::string_view password,
                                          TimePoint now);

// Accepts for the signed-in `principal`, whose address must be the invited one; returns the
// organisation's id.
Result<std::string> accept_as(store::Database& database, std::string_view token,
                              const Principal& principal, TimePoint now);

}  // namespace cairn::app
