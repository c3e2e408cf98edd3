// OrganisationRepository: issuer organisations, memberships and their sealed key files (schema
// step 2). Functions run inside the caller's transaction and throw what Connection throws.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/organisation.h"
#include "store/connection.h"

namespace cairn::store {

void insert_organisation(Connection& connection, const model::Organisation& organisation);
// Writes the organisation's name, url, email, description and country (its id, DID and creation
// time never change).
void update_organisation_profile(Connection& connection, const model::Organisation& organisation);
std::optional<model::Organisation> find_organisation(Connection& connection, std::string_view id);
std::optional<model::Organisation> find_organisation_by_did(Connection& connection,
                                                            std::string_view did);

void insert_membership(Connection& connection, std::string_view organisation_id,
                       std::string_view user_id, model::Role role, std::string_view at);
// The role `user_id` holds in the organisation, if any.
std::optional<model::Role> find_role(Connection& connection, std::string_view organisation_id,
                                     std::string_view user_id);

struct Membership {
  std::string user_id;
  std::string email;
  std::string display_name;
  model::Role role = model::Role::kViewer;
  std::string created_at;
};
// The organisations `user_id` is a member of, with its role in each, by name (at most 1,000).
std::vector<std::pair<model::Organisation, model::Role>> list_organisations_of(
    Connection& connection, std::string_view user_id);
// The organisation's members with their accounts, in the order they joined (at most 10,000).
std::vector<Membership> list_memberships(Connection& connection, std::string_view organisation_id);
void update_membership_role(Connection& connection, std::string_view organisation_id,
                            std::string_view user_id, model::Role role);
void delete_membership(Connection& connection, std::string_view organisation_id,
                       std::string_view user_id);
std::int64_t count_members_with_role(Connection& connection, std::string_view organisation_id,
                                     model::Role role);

// The organisation's key file, sealed (crypto/key_file.h): stored and read as text.
void save_sealed_key_file(Connection& connection, std::string_view organisation_id,
                          std::string_view sealed, std::string_view at);
std::optional<std::string> find_sealed_key_file(Connection& connection,
                                                std::string_view organisation_id);

}  // namespace cairn::store
