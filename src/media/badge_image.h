// Badge images Cairn draws itself, to bake a credential into when it has no image of its own:
// a disc in a colour taken from `seed` (the same seed, the same colour), as SVG with the
// achievement's name and issuer written on it, or as a 256 x 256 PNG without text (drawing text
// into pixels would need a font renderer).
//
// Thread-safety: free functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::media {

// An SVG document; `title` and `subtitle` are escaped for XML and shortened to 40 characters.
std::string badge_svg(std::string_view seed, std::string_view title, std::string_view subtitle);

// A PNG file (RGBA, 8 bits per channel).
std::vector<std::uint8_t> badge_png(std::string_view seed);

}  // namespace cairn::media
