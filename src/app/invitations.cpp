#include "app/invitations.h"

#include <optional>

#include "app/create_user.h"
#include "app/email_address.h"
#include "app/mail_outbox.h"
#include "app/organisation_access.h"
#include "crypto/digest.h"
#include "crypto/random_text.h"
#include "store/repositories/account_repository.h"
#include "store/repositories/invitation_repository.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::app {
namespace {

std::string invitation_token_hash(std::string_view token) {
  return crypto::to_hex(crypto::sha256(token));
}

Error unusable_link() {
  return Error{"not found", "this invitation link is unknown, has expired or was used already"};
}

// The pending invitation behind `token`, with what a person needs to see of it.
struct Pending {
  store::StoredInvitation stored;
  InvitationView view;
};

Result<Pending> pending_invitation(store::Connection& connection, std::string_view token,
                                   std::string_view now) {
  std::optional<store::StoredInvitation> stored =
      store::find_invitation(connection, invitation_token_hash(token));
  if (!stored || stored->accepted_at || stored->expires_at <= now) return unusable_link();
  const std::optional<model::Organisation> organisation =
      store::find_organisation(connection, stored->organisation_id);
  if (!organisation) return unusable_link();
  const std::optional<store::StoredUser> inviter =
      store::find_user_by_id(connection, stored->invited_by);
  InvitationView view{stored->organisation_id,
                      organisation->name,
                      stored->email,
                      stored->role,
                      inviter ? model::name_and_email(inviter->user) : std::string(),
                      stored->expires_at};
  return Pending{std::move(*stored), std::move(view)};
}

// Makes `user_id` a member as invited and uses the invitation up; refused when the inviter may no
// longer give the role.
Result<bool> join(store::Connection& connection, const store::StoredInvitation& invitation,
                  const std::string& user_id, const std::string& at) {
  const std::optional<model::Role> inviter_role =
      store::find_role(connection, invitation.organisation_id, invitation.invited_by);
  if (!inviter_role || !model::role_at_least(*inviter_role, model::Role::kAdmin) ||
      !model::role_at_least(*inviter_role, invitation.role)) {
    return Error{"forbidden",
                 "the person who sent this invitation may no longer add members in this role"};
  }
  if (!store::find_role(connection, invitation.organisation_id, user_id)) {
    store::insert_membership(connection, invitation.organisation_id, user_id, invitation.role, at);
  }
  store::mark_invitation_accepted(connection, invitation.token_hash, at);
  return true;
}

}  // namespace

Result<std::string> invite(store::Connection& connection, const Instance& instance,
                           const Principal& inviter, std::string_view organisation_id,
                           const std::string& email, model::Role role, TimePoint now) {
  const std::string at = format_whole_seconds(now);
  if (store::count_pending_invitations(connection, organisation_id, at) >= kMaxPendingInvitations) {
    return Error{"conflict", "the organisation has " + std::to_string(kMaxPendingInvitations) +
                                 " pending invitations; wait for some to be accepted or expire"};
  }
  const std::string token = crypto::random_base64url(32);
  const std::string expires_at = format_whole_seconds(now + kInvitationLifetime);
  store::replace_invitation(
      connection, {invitation_token_hash(token), std::string(organisation_id), email, role,
                   inviter.user.id, at, expires_at, std::nullopt});
  const std::optional<model::Organisation> organisation =
      store::find_organisation(connection, organisation_id);
  const std::string organisation_name = organisation ? organisation->name : "an organisation";
  const std::string body =
      "Hello,\n\n" + model::name_and_email(inviter.user) + " invites you to join " +
      organisation_name + " on Cairn as " + std::string(model::role_name(role)) +
      ".\n\nAccept here, with a name and a password for your new account (the link stands for "
      "your e-mail address; keep it to yourself):\n  " +
      instance.base_url + "/invitations/" + token + "\n\nThe link works until " + expires_at +
      " (UTC).\n\nSent by Cairn on behalf of " + organisation_name + ".\n";
  queue_mail(connection, email, "Join " + organisation_name + " on Cairn", body, at);
  return expires_at;
}

Result<InvitationView> read_invitation(store::Database& database, std::string_view token,
                                       TimePoint now) {
  const std::string at = format_whole_seconds(now);
  return database.read([&](store::Connection& connection) -> Result<InvitationView> {
    Result<Pending> pending = pending_invitation(connection, token, at);
    if (!pending) return pending.error();
    return std::move(pending->view);
  });
}

Result<std::vector<InvitationView>> list_invitations(store::Database& database,
                                                     const Principal& principal,
                                                     std::string_view organisation_id,
                                                     TimePoint now) {
  if (auto allowed = require_scope(principal, "read", "list invitations"); !allowed) {
    return allowed.error();
  }
  const std::string at = format_whole_seconds(now);
  return database.read([&](store::Connection& connection) -> Result<std::vector<InvitationView>> {
    if (auto role = require_role(connection, principal, organisation_id, model::Role::kViewer,
                                 "listing invitations");
        !role) {
      return role.error();
    }
    std::vector<InvitationView> views;
    for (const store::StoredInvitation& invitation :
         store::pending_invitations(connection, organisation_id, at)) {
      const std::optional<store::StoredUser> inviter =
          store::find_user_by_id(connection, invitation.invited_by);
      views.push_back({invitation.organisation_id, "", invitation.email, invitation.role,
                       inviter ? model::name_and_email(inviter->user) : std::string(),
                       invitation.expires_at});
    }
    return views;
  });
}

Result<bool> withdraw_invitation(store::Database& database, const Principal& principal,
                                 std::string_view organisation_id, std::string_view email,
                                 TimePoint now) {
  if (auto allowed = require_scope(principal, "write", "withdraw invitations"); !allowed) {
    return allowed.error();
  }
  Result<std::string> normalized = normalize_email(email);
  if (!normalized) return normalized.error();
  const std::string at = format_whole_seconds(now);
  return database.write([&](store::Connection& connection) -> Result<bool> {
    Result<model::Role> own = require_role(connection, principal, organisation_id,
                                           model::Role::kAdmin, "withdrawing invitations");
    if (!own) return own.error();
    for (const store::StoredInvitation& invitation :
         store::pending_invitations(connection, organisation_id, at)) {
      if (invitation.email != *normalized) continue;
      if (!model::role_at_least(*own, invitation.role)) {
        return Error{"forbidden", "nobody may withdraw an invitation to a role above their own"};
      }
      store::delete_pending_invitation(connection, organisation_id, *normalized);
      return true;
    }
    return Error{"not found", "no pending invitation for " + *normalized};
  });
}

Result<NewMember> accept_with_new_account(store::Database& database, std::string_view token,
                                          std::string_view display_name, std::string_view password,
                                          TimePoint now) {
  const std::string at = format_whole_seconds(now);
  Result<InvitationView> invitation = read_invitation(database, token, now);
  if (!invitation) return invitation.error();
  Result<store::StoredUser> prepared = prepare_user(
      {invitation->email, std::string(display_name), std::string(password), false}, now);
  if (!prepared) return prepared.error();
  return database.write([&](store::Connection& connection) -> Result<NewMember> {
    Result<Pending> pending = pending_invitation(connection, token, at);
    if (!pending) return pending.error();
    Result<model::User> made = insert_prepared_user(connection, *prepared);
    if (!made) return made.error();
    if (Result<bool> joined = join(connection, pending->stored, made->id, at); !joined) {
      return joined.error();
    }
    return NewMember{std::move(*made), pending->stored.organisation_id};
  });
}

Result<std::string> accept_as(store::Database& database, std::string_view token,
                              const Principal& principal, TimePoint now) {
  const std::string at = format_whole_seconds(now);
  return database.write([&](store::Connection& connection) -> Result<std::string> {
    Result<Pending> pending = pending_invitation(connection, token, at);
    if (!pending) return pending.error();
    if (pending->stored.email != principal.user.email) {
      return Error{"other account", "this invitation is for " + pending->stored.email +
                                        "; you are signed in as " + principal.user.email};
    }
    if (Result<bool> joined = join(connection, pending->stored, principal.user.id, at); !joined) {
      return joined.error();
    }
    return pending->stored.organisation_id;
  });
}

}  // namespace cairn::app
