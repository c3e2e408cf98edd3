// The badge picture a page shows for a credential: the achievement's own image when it is an
// http(s) URL or a data: URL of a PNG, JPEG or SVG image; else a badge Cairn draws from the
// achievement's name and issuer (media/badge_image.h), so every credential has its picture.
//
// Pages write a data: picture as src="data:{{DATA_MIME}};base64,{{DATA_BASE64}}": ctemplate's
// auto-escaping lets only http(s) URLs start an attribute, and checks each part here instead.
//
// Thread-safety: free functions.
#pragma once

#include <string>

#include "web/credential_view.h"
#include "web/ctemplate.h"

namespace cairn::web {

struct BadgePicture {
  std::string url;          // an http(s) image; empty for a data: picture
  std::string data_mime;    // "image/png", "image/jpeg", "image/svg+xml"
  std::string data_base64;  // standard base64
};

BadgePicture badge_picture_of(const CredentialView& view);

// Sets IMAGE_URL (section HAS_IMAGE_URL) or DATA_MIME and DATA_BASE64 (section HAS_DATA_IMAGE).
void fill_badge_picture(ctemplate::TemplateDictionary& values, const BadgePicture& picture);

}  // namespace cairn::web
