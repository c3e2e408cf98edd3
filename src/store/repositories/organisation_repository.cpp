#include "store/repositories/organisation_repository.h"

#include "store/repositories/optional_value.h"

namespace cairn::store {

void insert_organisation(Connection& connection, const model::Organisation& organisation) {
  connection.execute(
      "INSERT INTO organisations (id, name, url, email, description, country, did, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {organisation.id, organisation.name, optional_text(organisation.url),
       optional_text(organisation.email), optional_text(organisation.description),
       optional_text(organisation.country), organisation.did, organisation.created_at});
}

void update_organisation_profile(Connection& connection, const model::Organisation& organisation) {
  connection.execute(
      "UPDATE organisations SET name = ?, url = ?, email = ?, description = ?, country = ? "
      "WHERE id = ?",
      {organisation.name, optional_text(organisation.url), optional_text(organisation.email),
       optional_text(organisation.description), optional_text(organisation.country),
       organisation.id});
}

namespace {

model::Organisation organisation_of(const Row& row) {
  return model::Organisation{row.get<std::string>("id"),
                             row.get<std::string>("name"),
                             row.get_optional<std::string>("url"),
                             row.get_optional<std::string>("email"),
                             row.get_optional<std::string>("description"),
                             row.get_optional<std::string>("country"),
                             row.get<std::string>("did"),
                             row.get<std::string>("created_at")};
}

std::optional<model::Organisation> organisation_where(Connection& connection,
                                                      std::string_view condition,
                                                      std::string_view value) {
  const std::optional<Row> row = connection.query_one(
      "SELECT id, name, url, email, description, country, did, created_at FROM organisations "
      "WHERE " +
          std::string(condition) + " = ?",
      {std::string(value)});
  if (!row) return std::nullopt;
  return organisation_of(*row);
}

}  // namespace

std::optional<model::Organisation> find_organisation(Connection& connection, std::string_view id) {
  return organisation_where(connection, "id", id);
}

std::optional<model::Organisation> find_organisation_by_did(Connection& connection,
                                                            std::string_view did) {
  return organisation_where(connection, "did", did);
}

void insert_membership(Connection& connection, std::string_view organisation_id,
                       std::string_view user_id, model::Role role, std::string_view at) {
  connection.execute(
      "INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES (?, ?, ?, ?)",
      {std::string(organisation_id), std::string(user_id), std::string(model::role_name(role)),
       std::string(at)});
}

std::optional<model::Role> find_role(Connection& connection, std::string_view organisation_id,
                                     std::string_view user_id) {
  const std::optional<Row> row =
      connection.query_one("SELECT role FROM memberships WHERE organisation_id = ? AND user_id = ?",
                           {std::string(organisation_id), std::string(user_id)});
  if (!row) return std::nullopt;
  return model::role_named(row->get<std::string>("role"));
}

std::vector<std::pair<model::Organisation, model::Role>> list_organisations_of(
    Connection& connection, std::string_view user_id) {
  std::vector<std::pair<model::Organisation, model::Role>> organisations;
  for (const Row& row : connection.query(
           "SELECT o.id, o.name, o.url, o.email, o.description, o.country, o.did, o.created_at, "
           "m.role FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
           "WHERE m.user_id = ? ORDER BY o.name, o.id LIMIT 1000",
           {std::string(user_id)})) {
    organisations.emplace_back(
        organisation_of(row),
        model::role_named(row.get<std::string>("role")).value_or(model::Role::kViewer));
  }
  return organisations;
}

std::vector<Membership> list_memberships(Connection& connection, std::string_view organisation_id) {
  std::vector<Membership> members;
  for (const Row& row : connection.query(
           "SELECT m.user_id, u.email, u.display_name, m.role, m.created_at FROM memberships m "
           "JOIN users u ON u.id = m.user_id WHERE m.organisation_id = ? "
           "ORDER BY m.created_at, m.user_id",
           {std::string(organisation_id)})) {
    members.push_back(
        {row.get<std::string>("user_id"), row.get<std::string>("email"),
         row.get<std::string>("display_name"),
         model::role_named(row.get<std::string>("role")).value_or(model::Role::kViewer),
         row.get<std::string>("created_at")});
  }
  return members;
}

void update_membership_role(Connection& connection, std::string_view organisation_id,
                            std::string_view user_id, model::Role role) {
  connection.execute(
      "UPDATE memberships SET role = ? WHERE organisation_id = ? AND user_id = ?",
      {std::string(model::role_name(role)), std::string(organisation_id), std::string(user_id)});
}

void delete_membership(Connection& connection, std::string_view organisation_id,
                       std::string_view user_id) {
  connection.execute("DELETE FROM memberships WHERE organisation_id = ? AND user_id = ?",
                     {std::string(organisation_id), std::string(user_id)});
}

std::int64_t count_members_with_role(Connection& connection, std::string_view organisation_id,
                                     model::Role role) {
  return connection
      .query_one("SELECT COUNT(*) AS n FROM memberships WHERE organisation_id = ? AND role = ?",
                 {std::string(organisation_id), std::string(model::role_name(role))})
      ->get<std::int64_t>("n");
}

void save_sealed_key_file(Connection& connection, std::string_view organisation_id,
                          std::string_view sealed, std::string_view at) {
  const std::int64_t updated = connection.execute(
      "UPDATE issuer_key_files SET sealed_key_file = ?, updated_at = ? WHERE organisation_id = ?",
      {std::string(sealed), std::string(at), std::string(organisation_id)});
  if (updated == 0) {
    connection.execute(
        "INSERT INTO issuer_key_files (organisation_id, sealed_key_file, updated_at) "
        "VALUES (?, ?, ?)",
        {std::string(organisation_id), std::string(sealed), std::string(at)});
  }
}

std::optional<std::string> find_sealed_key_file(Connection& connection,
                                                std::string_view organisation_id) {
  const std::optional<Row> row =
      connection.query_one("SELECT sealed_key_file FROM issuer_key_files WHERE organisation_id = ?",
                           {std::string(organisation_id)});
  if (!row) return std::nullopt;
  return row->get<std::string>("sealed_key_file");
}

}  // namespace cairn::store
