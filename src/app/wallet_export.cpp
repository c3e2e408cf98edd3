#include "app/wallet_export.h"

#include "media/badge_image.h"
#include "media/png_baking.h"
#include "media/svg_baking.h"

namespace cairn::app {

Result<ExportedCredential> export_wallet_entry(const model::WalletEntry& entry,
                                               std::string_view format, const ImageFile* picture) {
  if (format == "json") {
    const bool jwt = entry.format == "jwt";
    return ExportedCredential{jwt ? "application/jwt" : "application/ld+json", entry.document,
                              jwt ? "credential.jwt" : "credential.json"};
  }
  if (format == "png") {
    const std::vector<std::uint8_t> image = picture && picture->media_type == "image/png"
                                                ? picture->bytes
                                                : media::badge_png(entry.credential_key);
    Result<media::Bytes> baked = media::bake_png(image, entry.document);
    if (!baked) return baked.error();
    return ExportedCredential{"image/png", std::string(baked->begin(), baked->end()),
                              "credential.png"};
  }
  if (format == "svg") {
    const std::string image =
        picture && picture->media_type == "image/svg+xml"
            ? std::string(picture->bytes.begin(), picture->bytes.end())
            : media::badge_svg(entry.credential_key, entry.name, entry.issuer);
    Result<std::string> baked = media::bake_svg(image, entry.document);
    if (!baked) return baked.error();
    return ExportedCredential{"image/svg+xml", std::move(*baked), "credential.svg"};
  }
  return Error{"invalid format", "format must be json, png or svg"};
}

}  // namespace cairn::app
