// check_badge_upload: whether bytes an issuer uploads may become an achievement's image, which
// the instance then serves to anyone and bakes earners' credentials into.
//
// Accepted: a well-formed PNG (every chunk and CRC checked, 1 to 4,096 pixels a side) or SVG
// (parsed under the same locked-down rules as unbaking: no DTD declarations, bounded nesting)
// of at most `max_bytes`, that carries no credential already (it is a picture, not a badge
// someone earned). An SVG must also be inert wherever it is opened: no <script>, no
// <foreignObject>, no event-handler attribute (on...), no script URL (javascript:, vbscript:) in
// any attribute.
//
// Errors: "invalid image" (neither PNG nor SVG, or a PNG's size out of bounds), "invalid PNG",
// "invalid SVG", "DTD refused", "limit exceeded" (over max_bytes), "already baked" (it carries a
// credential), "unsafe SVG" (naming what was found); each with a message for a person.
//
// Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "common/result.h"
#include "media/image_format.h"

namespace cairn::media {

struct BadgeUpload {
  ImageFormat format;
  std::string_view media_type;  // "image/png" or "image/svg+xml"
  std::string_view extension;   // "png" or "svg"
};

inline constexpr std::size_t kMaxBadgeUploadBytes = 512 * 1024;

Result<BadgeUpload> check_badge_upload(std::span<const std::uint8_t> bytes,
                                       std::size_t max_bytes = kMaxBadgeUploadBytes);

}  // namespace cairn::media
