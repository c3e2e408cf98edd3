#include "app/memberships.h"

#include "app/email_address.h"
#include "app/invitations.h"
#include "app/mail_outbox.h"
#include "app/organisation_access.h"
#include "store/repositories/account_repository.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::app {
namespace {

Error above_own_role() {
  return Error{"forbidden", "nobody may give, change or remove a role above their own"};
}

Error last_owner() {
  return Error{"conflict",
               "the organisation's last owner cannot be demoted or removed; make "
               "another member owner first"};
}

Result<Member> member_of(store::Connection& connection, std::string_view organisation_id,
                         std::string_view user_id) {
  for (Member& member : store::list_memberships(connection, organisation_id)) {
    if (member.user_id == user_id) return std::move(member);
  }
  return Error{"not found", "the organisation has no member " + std::string(user_id)};
}

// The mail that tells a new member who added them, to what, and where to work.
void tell_new_member(store::Connection& connection, const Instance& instance,
                     const Principal& principal, std::string_view organisation_id,
                     const std::string& email, model::Role role, std::string_view at) {
  const std::optional<model::Organisation> organisation =
      store::find_organisation(connection, organisation_id);
  const std::string organisation_name = organisation ? organisation->name : "an organisation";
  const std::string body =
      "Hello,\n\n" + model::name_and_email(principal.user) + " has made you " +
      std::string(model::role_name(role)) + " of " + organisation_name +
      " on Cairn.\n\nIts console, once you are signed in:\n  " + instance.base_url + "/console/" +
      std::string(organisation_id) +
      "\n\nIf you did not expect this, you can leave the organisation from its team page.\n\n"
      "Sent by Cairn on behalf of " +
      organisation_name + ".\n";
  queue_mail(connection, email, "You are now a member of " + organisation_name, body, at);
}

}  // namespace

Result<std::vector<Member>> list_members(store::Database& database, const Principal& principal,
                                         std::string_view organisation_id) {
  if (auto allowed = require_scope(principal, "read", "list members"); !allowed) {
    return allowed.error();
  }
  return database.read([&](store::Connection& connection) -> Result<std::vector<Member>> {
    if (auto role = require_role(connection, principal, organisation_id, model::Role::kViewer,
                                 "listing members");
        !role) {
      return role.error();
    }
    return store::list_memberships(connection, organisation_id);
  });
}

Result<std::variant<Member, Invited>> add_member(
    store::Database& database, const Instance& instance, const Principal& principal,
    std::string_view organisation_id, std::string_view email, model::Role role, TimePoint now) {
  if (auto allowed = require_scope(principal, "write", "add members"); !allowed) {
    return allowed.error();
  }
  Result<std::string> normalized = normalize_email(email);
  if (!normalized) return normalized.error();
  using Added = std::variant<Member, Invited>;
  return database.write([&](store::Connection& connection) -> Result<Added> {
    Result<model::Role> own =
        require_role(connection, principal, organisation_id, model::Role::kAdmin, "adding members");
    if (!own) return own.error();
    if (!model::role_at_least(*own, role)) return above_own_role();
    const std::optional<store::StoredUser> account =
        store::find_user_by_email(connection, *normalized);
    if (!account) {
      Result<std::string> expires_at =
          invite(connection, instance, principal, organisation_id, *normalized, role, now);
      if (!expires_at) return expires_at.error();
      return Added{Invited{*normalized, role, *expires_at}};
    }
    if (store::find_role(connection, organisation_id, account->user.id)) {
      return Error{"conflict", *normalized + " is a member already"};
    }
    const std::string at = format_whole_seconds(now);
    store::insert_membership(connection, organisation_id, account->user.id, role, at);
    tell_new_member(connection, instance, principal, organisation_id, *normalized, role, at);
    Result<Member> member = member_of(connection, organisation_id, account->user.id);
    if (!member) return member.error();
    return Added{std::move(*member)};
  });
}

Result<Member> change_member_role(store::Database& database, const Principal& principal,
                                  std::string_view organisation_id, std::string_view user_id,
                                  model::Role role) {
  if (auto allowed = require_scope(principal, "write", "change roles"); !allowed) {
    return allowed.error();
  }
  return database.write([&](store::Connection& connection) -> Result<Member> {
    Result<model::Role> own =
        require_role(connection, principal, organisation_id, model::Role::kAdmin, "changing roles");
    if (!own) return own.error();
    Result<Member> member = member_of(connection, organisation_id, user_id);
    if (!member) return member.error();
    if (!model::role_at_least(*own, member->role) || !model::role_at_least(*own, role)) {
      return above_own_role();
    }
    if (member->role == model::Role::kOwner && role != model::Role::kOwner &&
        store::count_members_with_role(connection, organisation_id, model::Role::kOwner) == 1) {
      return last_owner();
    }
    store::update_membership_role(connection, organisation_id, user_id, role);
    member->role = role;
    return member;
  });
}

Result<bool> remove_member(store::Database& database, const Principal& principal,
                           std::string_view organisation_id, std::string_view user_id) {
  if (auto allowed = require_scope(principal, "write", "remove members"); !allowed) {
    return allowed.error();
  }
  const bool leaving = user_id == principal.user.id;
  return database.write([&](store::Connection& connection) -> Result<bool> {
    Result<model::Role> own =
        require_role(connection, principal, organisation_id,
                     leaving ? model::Role::kViewer : model::Role::kAdmin, "removing members");
    if (!own) return own.error();
    Result<Member> member = member_of(connection, organisation_id, user_id);
    if (!member) return member.error();
    if (!leaving && !model::role_at_least(*own, member->role)) return above_own_role();
    if (member->role == model::Role::kOwner &&
        store::count_members_with_role(connection, organisation_id, model::Role::kOwner) == 1) {
      return last_owner();
    }
    store::delete_membership(connection, organisation_id, user_id);
    return true;
  });
}

}  // namespace cairn::app
