// Pictures for achievements: uploaded by an issuer (a plain PNG or an inert SVG, see
// media/badge_upload.h) or drawn by Cairn from the achievement's name, under the organisation's
// name, in a colour the issuer chooses. Each is stored once, named by the SHA-256 of its bytes,
// and served to anyone at <base URL>/images/<sha256>.<png|svg>: the URL an achievement's `image`
// then holds, so credentials stay small and the picture never changes under a name.
//
// Errors: "forbidden" (no write scope, or not an admin or owner of the organisation, or no such
// organisation), "conflict" (the organisation holds 1,000 pictures already: storage is bounded),
// "invalid image" (what check_badge_upload refused, with its message), "invalid
// colour" (not #rrggbb), "invalid name" (an empty name to draw), "not found" (no such image), or
// the database's Error.
//
// Thread-safety: free functions, safe from many threads.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/api_tokens.h"
#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "store/database.h"

namespace cairn::app {

struct ImageFile {
  std::string media_type;  // "image/png" or "image/svg+xml"
  std::vector<std::uint8_t> bytes;
};

// Stores the uploaded picture; returns the URL it is served at.
Result<std::string> store_achievement_image(store::Database& database, const Instance& instance,
                                            const Principal& principal,
                                            std::string_view organisation_id,
                                            std::span<const std::uint8_t> bytes, TimePoint now);

// Draws an SVG badge with `achievement_name` on a disc of `colour` ("#rrggbb") and the
// organisation's name under it, stores it; returns its URL.
Result<std::string> draw_achievement_image(store::Database& database, const Instance& instance,
                                           const Principal& principal,
                                           std::string_view organisation_id,
                                           std::string_view achievement_name,
                                           std::string_view colour, TimePoint now);

// The picture a URL's last segment names ("<sha256>.png"); "not found" for anything else.
Result<ImageFile> find_achievement_image(store::Database& database, std::string_view file_name);

// The picture of the achievement a credential (JSON-LD text) names in
// credentialSubject.achievement.image, when it is one this instance serves; nullopt otherwise
// (another host's picture, none, a JWT, unreadable JSON).
std::optional<ImageFile> hosted_picture_of(store::Database& database, const Instance& instance,
                                           std::string_view credential_json);

}  // namespace cairn::app
