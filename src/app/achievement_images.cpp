#include "app/achievement_images.h"

#include <boost/json/parse.hpp>

#include "app/organisation_access.h"
#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "media/badge_image.h"
#include "media/badge_upload.h"
#include "store/repositories/image_repository.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::app {
namespace {

constexpr std::string_view kAction = "adding an achievement image";
constexpr std::int64_t kMaxImagesPerOrganisation = 1000;

std::string_view extension_of(std::string_view media_type) {
  return media_type == "image/png" ? "png" : "svg";
}

// Stores `bytes` (already checked) for the organisation, in one write transaction with the role
// check.
Result<std::string> store_checked(store::Database& database, const Instance& instance,
                                  const Principal& principal, std::string_view organisation_id,
                                  std::span<const std::uint8_t> bytes, std::string_view media_type,
                                  TimePoint now) {
  if (Result<bool> scoped = require_scope(principal, "write", kAction); !scoped) {
    return scoped.error();
  }
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  store::StoredImage image{crypto::to_hex(crypto::sha256(text)), std::string(organisation_id),
                           std::string(media_type), crypto::encode_base64url(bytes),
                           format_whole_seconds(now)};
  Result<bool> stored = database.write([&](store::Connection& connection) -> Result<bool> {
    Result<model::Role> role =
        require_role(connection, principal, organisation_id, model::Role::kAdmin, kAction);
    if (!role) return role.error();
    if (!store::image_exists(connection, image.id) &&
        store::count_images_of(connection, organisation_id) >= kMaxImagesPerOrganisation) {
      return Error{"conflict", "the organisation holds " +
                                   std::to_string(kMaxImagesPerOrganisation) +
                                   " pictures already, the most it may"};
    }
    store::insert_image(connection, image);
    return true;
  });
  if (!stored) return stored.error();
  return instance.base_url + "/images/" + image.id + "." + std::string(extension_of(media_type));
}

}  // namespace

Result<std::string> store_achievement_image(store::Database& database, const Instance& instance,
                                            const Principal& principal,
                                            std::string_view organisation_id,
                                            std::span<const std::uint8_t> bytes, TimePoint now) {
  Result<media::BadgeUpload> checked = media::check_badge_upload(bytes);
  if (!checked) return Error{"invalid image", checked.error().message};
  return store_checked(database, instance, principal, organisation_id, bytes, checked->media_type,
                       now);
}

Result<std::string> draw_achievement_image(store::Database& database, const Instance& instance,
                                           const Principal& principal,
                                           std::string_view organisation_id,
                                           std::string_view achievement_name,
                                           std::string_view colour, TimePoint now) {
  const std::optional<media::BadgeColour> fill = media::parse_badge_colour(colour);
  if (!fill) return Error{"invalid colour", "the colour is #rrggbb, such as #1f6f8b"};
  if (achievement_name.empty()) {
    return Error{"invalid name", "a badge is drawn from the achievement's name: give one"};
  }
  Result<std::optional<model::Organisation>> organisation =
      database.read([&](store::Connection& connection) {
        return store::find_organisation(connection, organisation_id);
      });
  if (!organisation) return organisation.error();
  if (!*organisation) return Error{"forbidden", std::string(kAction) + " needs the admin role"};
  const std::string svg = media::badge_svg(*fill, achievement_name, (*organisation)->name);
  return store_checked(database, instance, principal, organisation_id,
                       {reinterpret_cast<const std::uint8_t*>(svg.data()), svg.size()},
                       "image/svg+xml", now);
}

Result<ImageFile> find_achievement_image(store::Database& database, std::string_view file_name) {
  const Error not_found{"not found", "no image " + std::string(file_name.substr(0, 80))};
  const std::size_t dot = file_name.find('.');
  if (dot != 64) return not_found;
  const std::string_view id = file_name.substr(0, dot);
  Result<std::optional<store::StoredImage>> found = database.read_single(
      [&](store::Connection& connection) { return store::find_image(connection, id); });
  if (!found) return found.error();
  if (!*found || file_name.substr(dot + 1) != extension_of((*found)->media_type)) return not_found;
  Result<crypto::Bytes> bytes = crypto::decode_base64url((*found)->content);
  if (!bytes) return bytes.error();
  return ImageFile{(*found)->media_type, std::move(*bytes)};
}

std::optional<ImageFile> hosted_picture_of(store::Database& database, const Instance& instance,
                                           std::string_view credential_json) {
  boost::system::error_code failed;
  const boost::json::value credential = boost::json::parse(credential_json, failed);
  if (failed || !credential.is_object()) return std::nullopt;
  const boost::json::value* image = credential.get_object().if_contains("credentialSubject");
  for (const std::string_view key : {"achievement", "image"}) {
    if (image == nullptr || !image->is_object()) return std::nullopt;
    image = image->get_object().if_contains(key);
  }
  if (image != nullptr && image->is_object()) image = image->get_object().if_contains("id");
  if (image == nullptr || !image->is_string()) return std::nullopt;
  const std::string prefix = instance.base_url + "/images/";
  const std::string_view url = image->get_string();
  if (!url.starts_with(prefix)) return std::nullopt;
  Result<ImageFile> found = find_achievement_image(database, url.substr(prefix.size()));
  if (!found) return std::nullopt;
  return std::move(*found);
}

}  // namespace cairn::app
