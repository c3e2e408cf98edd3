// Exporting a wallet entry: the credential as held ("json": JSON-LD, or the compact JWT for a
// JWT credential), or a badge image with the credential baked in ("png", "svg"; OB 3.0 section
// 5.3): the achievement's own picture, or one drawn by media/badge_image.h in a colour of the
// credential's own.
//
// Errors: "invalid format" (not json, png or svg), or the baking's media error.
//
// Thread-safety: a free function.
#pragma once

#include <string>
#include <string_view>

#include "app/achievement_images.h"
#include "common/result.h"
#include "model/wallet.h"

namespace cairn::app {

struct ExportedCredential {
  std::string content_type;
  std::string body;
  std::string file_name;  // for Content-Disposition
};

// `picture`: the achievement's own image (achievement_images.h) when the instance holds it; a PNG
// export bakes into it when it is a PNG, an SVG export when it is an SVG.
Result<ExportedCredential> export_wallet_entry(const model::WalletEntry& entry,
                                               std::string_view format,
                                               const ImageFile* picture = nullptr);

}  // namespace cairn::app
