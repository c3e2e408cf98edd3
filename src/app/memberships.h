// Who works for an issuer organisation, and in which role (owner > admin > assessor > viewer).
//
// Rules: any member may list the members (read scope). Admins and owners (write scope) add an
// existing account by e-mail address (the person signs up first; the mail outbox then tells them,
// with a link to the organisation's console), change roles and remove members, but never above
// their own role: an admin cannot make, change or remove an owner. The
// last owner can be neither demoted nor removed, so an organisation always has one. Anyone may
// leave (remove themselves), the last owner excepted.
//
// Errors: "forbidden", "not found" (no such account, or not a member), "conflict" (already a
// member; the last owner), "invalid role", or the database's Error.
//
// Thread-safety: safe from many threads (each call is one transaction).
#pragma once

#include <string>
#include <string_view>
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

Result<std::vector<Member>> list_members(store::Database& database, const Principal& principal,
                                         std::string_view organisation_id);

Result<Member> add_member(store::Database& database, const Instance& instance,
                          const Principal& principal, std::string_view organisation_id,
                          std::string_view email, model::Role role, TimePoint now);

Result<Member> change_member_role(store::Database& database, const Principal& principal,
                                  std::string_view organisation_id, std::string_view user_id,
                                  model::Role role);

Result<bool> remove_member(store::Database& database, const Principal& principal,
                           std::string_view organisation_id, std::string_view user_id);

}  // namespace cairn::app
