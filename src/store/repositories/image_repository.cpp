#include "store/repositories/image_repository.h"

namespace cairn::store {

void insert_image(Connection& connection, const StoredImage& image) {
  connection.execute(
      "INSERT INTO images (id, organisation_id, media_type, content, created_at) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
      {image.id, image.organisation_id, image.media_type, image.content, image.created_at});
}

std::optional<StoredImage> find_image(Connection& connection, std::string_view id) {
  const std::optional<Row> row = connection.query_one(
      "SELECT id, organisation_id, media_type, content, created_at FROM images WHERE id = ?",
      {std::string(id)});
  if (!row) return std::nullopt;
  return StoredImage{row->get<std::string>("id"), row->get<std::string>("organisation_id"),
                     row->get<std::string>("media_type"), row->get<std::string>("content"),
                     row->get<std::string>("created_at")};
}

bool image_exists(Connection& connection, std::string_view id) {
  return connection.query_one("SELECT 1 AS found FROM images WHERE id = ?", {std::string(id)})
      .has_value();
}

std::int64_t count_images_of(Connection& connection, std::string_view organisation_id) {
  return connection
      .query_one("SELECT COUNT(*) AS n FROM images WHERE organisation_id = ?",
                 {std::string(organisation_id)})
      ->get<std::int64_t>("n");
}

}  // namespace cairn::store
