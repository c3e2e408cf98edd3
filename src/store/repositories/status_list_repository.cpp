#include "store/repositories/status_list_repository.h"

namespace cairn::store {
namespace {

constexpr std::string_view kStatusListColumns =
    "SELECT id, organisation_id, size, next_position, multiplier, index_offset, created_at, "
    "changed_at, revision FROM status_lists ";

StatusListRecord record_of(const Row& row) {
  return StatusListRecord{
      row.get<std::string>("id"),          row.get<std::string>("organisation_id"),
      row.get<std::int64_t>("size"),       row.get<std::int64_t>("next_position"),
      row.get<std::int64_t>("multiplier"), row.get<std::int64_t>("index_offset"),
      row.get<std::string>("created_at"),  row.get<std::string>("changed_at"),
      row.get<std::int64_t>("revision")};
}

}  // namespace

void insert_status_list(Connection& connection, const StatusListRecord& list) {
  connection.execute(
      "INSERT INTO status_lists (id, organisation_id, size, next_position, multiplier, "
      "index_offset, created_at, changed_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {list.id, list.organisation_id, list.size, list.next_position, list.multiplier, list.offset,
       list.created_at, list.changed_at, list.revision});
}

std::optional<StatusListRecord> find_open_status_list(Connection& connection,
                                                      std::string_view organisation_id) {
  const std::optional<Row> row = connection.query_one(
      std::string(kStatusListColumns) +
          "WHERE organisation_id = ? AND next_position < size ORDER BY created_at, id LIMIT 1",
      {std::string(organisation_id)});
  if (!row) return std::nullopt;
  return record_of(*row);
}

std::optional<StatusListRecord> find_status_list(Connection& connection, std::string_view id) {
  const std::optional<Row> row =
      connection.query_one(std::string(kStatusListColumns) + "WHERE id = ?", {std::string(id)});
  if (!row) return std::nullopt;
  return record_of(*row);
}

bool take_positions(Connection& connection, std::string_view list_id, std::int64_t from,
                    std::int64_t count) {
  return connection.execute(
             "UPDATE status_lists SET next_position = ? "
             "WHERE id = ? AND next_position = ? AND ? <= size",
             {from + count, std::string(list_id), from, from + count}) == 1;
}

void touch_status_list(Connection& connection, std::string_view list_id, std::string_view at) {
  connection.execute("UPDATE status_lists SET changed_at = ?, revision = revision + 1 WHERE id = ?",
                     {std::string(at), std::string(list_id)});
}

std::optional<StatusListDocument> find_status_list_document(Connection& connection,
                                                            std::string_view list_id,
                                                            std::string_view purpose) {
  const std::optional<Row> row = connection.query_one(
      "SELECT revision, document FROM status_list_documents "
      "WHERE status_list_id = ? AND purpose = ?",
      {std::string(list_id), std::string(purpose)});
  if (!row) return std::nullopt;
  return StatusListDocument{row->get<std::int64_t>("revision"), row->get<std::string>("document")};
}

void save_status_list_document(Connection& connection, std::string_view list_id,
                               std::string_view purpose, const StatusListDocument& document) {
  const std::int64_t updated = connection.execute(
      "UPDATE status_list_documents SET revision = ?, document = ? "
      "WHERE status_list_id = ? AND purpose = ?",
      {document.revision, document.document, std::string(list_id), std::string(purpose)});
  if (updated == 0) {
    connection.execute(
        "INSERT INTO status_list_documents (status_list_id, purpose, revision, document) "
        "VALUES (?, ?, ?, ?)",
        {std::string(list_id), std::string(purpose), document.revision, document.document});
  }
}

}  // namespace cairn::store
