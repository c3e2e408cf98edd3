// Badge images Cairn draws itself, to bake a credential into when it has no image of its own:
// a disc in a colour taken from `seed` (the same seed, the same colour) or chosen by the issuer,
// as SVG with the achievement's name and issuer written on it, or as a 256 x 256 PNG without text
// (drawing text into pixels would need a font renderer).
//
// Thread-safety: free functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::media {

struct BadgeColour {
  std::uint8_t red = 0, green = 0, blue = 0;
};

// A saturated, darkish colour from a hash of `seed`: the same seed, the same colour.
BadgeColour badge_colour_of(std::string_view seed);

// The colour "#rrggbb" (either case) names, as an HTML colour input sends it; nullopt otherwise.
std::optional<BadgeColour> parse_badge_colour(std::string_view text);

// An SVG document; `title` and `subtitle` are escaped for XML and shortened to 40 characters.
// The text is white on a dark colour and near-black on a light one.
std::string badge_svg(BadgeColour colour, std::string_view title, std::string_view subtitle);
inline std::string badge_svg(std::string_view seed, std::string_view title,
                             std::string_view subtitle) {
  return badge_svg(badge_colour_of(seed), title, subtitle);
}

// A PNG file (RGBA, 8 bits per channel).
std::vector<std::uint8_t> badge_png(std::string_view seed);

}  // namespace cairn::media
