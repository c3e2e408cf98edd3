// Baking an Open Badges 3.0 credential into a PNG, and reading it back (OB 3.0 section 5.3.1).
//
// The credential (its JSON, or its compact JWT) lives in one iTXt chunk with the keyword
// "openbadgecredential", uncompressed, empty language tag and translated keyword, placed just
// before IEND. Every other chunk is kept byte for byte, so the pixels are untouched.
//
// Reading walks the chunks itself (png_chunks.h says why not libpng), checks signature, lengths,
// CRCs and chunk order, and accepts a compressed iTXt too (inflated within the limits). Open Badges
// 2.0 baked an assertion under the keyword "openbadges" (and before that a URL in a tEXt chunk):
// such an image is recognised and reported as a legacy badge, not read as a 3.0 credential.
//
// Thread-safety: pure functions; safe to call from several threads at once.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "media/image_limits.h"

namespace cairn::media {

using Bytes = std::vector<std::uint8_t>;

// Returns the PNG with the credential baked in. Errors (codes in media_errors.h): "invalid PNG"
// (with what and where), "limit exceeded" (the image, its chunk count, or the credential), "already
// baked" when the image carries an Open Badges credential or assertion already (bake into the
// original image instead), "invalid credential" when the text is neither a JSON object nor a
// compact JWT, or not UTF-8. What bake_png returns, unbake_png reads back under the same limits.
Result<Bytes> bake_png(std::span<const std::uint8_t> png, std::string_view credential_json_or_jwt,
                       const BakeLimits& limits = {});

// Returns the text of the image's one "openbadgecredential" iTXt chunk (JSON or compact JWT; not
// parsed or verified here). Errors: "invalid PNG", "limit exceeded", "no credential", "multiple
// credentials" ("image carries 2 credentials; expected one"), "legacy badge" when the image holds
// only an Open Badges 2.0 (or older) baked assertion.
Result<std::string> unbake_png(std::span<const std::uint8_t> png, const UnbakeLimits& limits = {});

}  // namespace cairn::media
