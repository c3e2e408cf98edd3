#include "media/image_format.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "media/png_chunks.h"
#include "media/svg_root_tag.h"

namespace cairn::media {

std::optional<ImageFormat> sniff_image_format(std::span<const std::uint8_t> bytes) {
  if (bytes.size() >= kPngSignature.size() &&
      std::equal(kPngSignature.begin(), kPngSignature.end(), bytes.begin())) {
    return ImageFormat::kPng;
  }
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  if (locate_svg_root_tag(text)) return ImageFormat::kSvg;
  return std::nullopt;
}

}  // namespace cairn::media
