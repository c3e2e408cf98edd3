// check_credential_to_bake: what may be baked into an image (internal to cairn_media).
//
// Open Badges 3.0 bakes either the credential's JSON or its compact JWT (VC-JWT, section 8.2).
// Which one decides the SVG form (CDATA content or `verify` attribute), and anything else is
// refused before it reaches an image a verifier would then reject.
//
// Thread-safety: pure functions.
#pragma once

#include <string_view>

#include "media/image_limits.h"

namespace cairn::media {

enum class CredentialEncoding { kJson, kCompactJwt };

// Returns kJson when the first non-whitespace character is '{', kCompactJwt when the whole text
// is three non-empty base64url segments joined by '.'. Throws cairn::Failure with code "limit
// exceeded" when it is longer than limits.max_credential_bytes, or "invalid credential" when it
// is neither form, is not well-formed UTF-8, or contains a control character other than tab, LF
// and CR (a PNG text chunk cannot hold NUL, nor XML the others).
CredentialEncoding check_credential_to_bake(std::string_view text, const ImageLimits& limits);

}  // namespace cairn::media
