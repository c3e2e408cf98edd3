// ImageFormat and sniff_image_format: which kind of badge image some bytes are, from their
// content, never from a file name (a ".png" upload may well be an SVG).
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace cairn::media {

enum class ImageFormat { kPng, kSvg };

// Returns kPng when the bytes start with the 8-byte PNG signature, kSvg when they are UTF-8 (BOM
// allowed) text whose prolog (XML declaration, comments, processing instructions, DOCTYPE) is
// followed by an element named "svg" (any prefix), std::nullopt otherwise. Only the signature or
// the prolog is looked at: a kPng or kSvg answer does not mean the rest is well-formed.
std::optional<ImageFormat> sniff_image_format(std::span<const std::uint8_t> bytes);

}  // namespace cairn::media
