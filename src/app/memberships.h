// Who works for an issuer organisation, and in which role (owner > admin > assessor > viewer).
//
// Rules: any member may list the members (read scope). Admins and owners (write scope) add people
// by e-mail address: an account becomes a member at once and is told by mail, with a link to the
// organisation's console; an address without an account is invited (app/invitations.h). They
// change roles and remove members, but never above their own role: an admin cannot make, change or
// remove an owner. The last owner can be neither demoted nor removed, so an organisation always has
// one. Anyone may leave (remove themselves), the last owner excepted.
//
// Errors: "forbidden", "not found" (not a member), "conflict" (already a member; the last owner;
// too many pending invitations), "invalid role", "invalid email", or the database's Error.
//
// Thread-safety: safe from many threads (each call is one transaction).
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/api_tokens.h"
#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/organisation.h"
#include "store/database.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::app {

using Member = store::Membership;

// Whom add_member invited, for an address without an account.
struct Invited {
  std::string email;
  model::Role role = model::Role::kViewer;
  std::string expires_at;
};

Result<std::vector<Member>> list_members(store::Database& database, const Principal& principal,
                                         std::string_view organisation_id);

// The new member, or the invitation sent to an address without an account.
Result<std::variant<Member, Invited>> add_member(
    store::Database& database, const Instance& instance, const Principal& principal,
    std::string_view organisation_id, std::string_view email, model::Role role, TimePoint now);

Result<Member> change_member_role(store::Database& database, const Principal& principal,
                                  std::string_view organisation_id, std::string_view user_id,
                                  model::Role role);

Result<bool> remove_member(store::Database& database, const Principal& principal,
                           std::string_view organisation_id, std::string_view user_id);

}  // namespace cairn::app
