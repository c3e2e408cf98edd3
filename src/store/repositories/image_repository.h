// ImageRepository: the pictures achievements show (schema step 11), named by the SHA-256 of their
// bytes. Functions run inside the caller's transaction and throw what Connection throws.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/connection.h"

namespace cairn::store {

struct StoredImage {
  std::string id;               // lower-case hex SHA-256 of the bytes
  std::string organisation_id;  // who stored it first
  std::string media_type;       // "image/png" or "image/svg+xml"
  std::string content;          // the bytes, base64url
  std::string created_at;
};

// Stores the image unless one with its id is there already (the same bytes: nothing to do).
void insert_image(Connection& connection, const StoredImage& image);
std::optional<StoredImage> find_image(Connection& connection, std::string_view id);
// Whether an image with this id is stored (without reading its bytes).
bool image_exists(Connection& connection, std::string_view id);
// How many images the organisation stored first.
std::int64_t count_images_of(Connection& connection, std::string_view organisation_id);

}  // namespace cairn::store
