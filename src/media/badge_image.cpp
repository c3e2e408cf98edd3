#include "media/badge_image.h"

#include <zlib.h>

#include <array>
#include <cmath>
#include <stdexcept>

#include "media/png_chunks.h"

namespace cairn::media {
namespace {

using Colour = BadgeColour;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// WCAG relative luminance of one sRGB channel.
double linear(std::uint8_t channel) {
  const double value = channel / 255.0;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

// The text colour that contrasts more with `fill`: white, or near-black (#1a1a1a).
std::string_view text_colour_on(Colour fill) {
  const double luminance =
      0.2126 * linear(fill.red) + 0.7152 * linear(fill.green) + 0.0722 * linear(fill.blue);
  const double dark = 0.2126 * linear(0x1a) + 0.7152 * linear(0x1a) + 0.0722 * linear(0x1a);
  const double on_white = 1.05 / (luminance + 0.05);
  const double on_dark = (luminance + 0.05) / (dark + 0.05);
  return on_white >= on_dark ? "#ffffff" : "#1a1a1a";
}

}  // namespace

// A saturated, darkish colour from a hash of the seed (FNV-1a), so that white text reads on it.
BadgeColour badge_colour_of(std::string_view seed) {
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : seed) hash = (hash ^ c) * 16777619u;
  const double hue = (hash % 360) / 60.0;
  const double chroma = 0.55;
  const double x = chroma * (1 - std::fabs(std::fmod(hue, 2.0) - 1));
  const std::array<std::array<double, 3>, 6> sectors = {{{chroma, x, 0},
                                                         {x, chroma, 0},
                                                         {0, chroma, x},
                                                         {0, x, chroma},
                                                         {x, 0, chroma},
                                                         {chroma, 0, x}}};
  const auto& rgb = sectors[static_cast<std::size_t>(hue) % 6];
  const auto channel = [](double value) { return static_cast<std::uint8_t>((value + 0.15) * 255); };
  return {channel(rgb[0]), channel(rgb[1]), channel(rgb[2])};
}

std::optional<BadgeColour> parse_badge_colour(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  std::array<std::uint8_t, 3> channels{};
  for (std::size_t i = 0; i < 3; ++i) {
    const int high = hex_digit(text[1 + 2 * i]);
    const int low = hex_digit(text[2 + 2 * i]);
    if (high < 0 || low < 0) return std::nullopt;
    channels[i] = static_cast<std::uint8_t>(high * 16 + low);
  }
  return BadgeColour{channels[0], channels[1], channels[2]};
}

namespace {

std::string hex_of(Colour colour) {
  constexpr char kDigits[] = "0123456789abcdef";
  std::string text = "#";
  for (std::uint8_t value : {colour.red, colour.green, colour.blue}) {
    text += kDigits[value >> 4];
    text += kDigits[value & 15];
  }
  return text;
}

// At most `limit` UTF-8 characters (an ellipsis marks a cut), escaped for XML text.
std::string xml_text(std::string_view text, std::size_t limit) {
  std::string out;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80 && ++characters > limit) {
      out += "\xE2\x80\xA6";
      break;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += (c < 0x20) ? ' ' : static_cast<char>(c);
    }
  }
  return out;
}

void append_u32(std::vector<std::uint8_t>& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<std::uint8_t>(value >> shift));
}

}  // namespace

std::string badge_svg(BadgeColour colour, std::string_view title, std::string_view subtitle) {
  const std::string fill = hex_of(colour);
  const std::string text(text_colour_on(colour));
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\" "
         "viewBox=\"0 0 400 400\">\n"
         "  <circle cx=\"200\" cy=\"200\" r=\"190\" fill=\"" +
         fill +
         "\"/>\n"
         "  <circle cx=\"200\" cy=\"200\" r=\"172\" fill=\"none\" stroke=\"" +
         text +
         "\" stroke-width=\"4\" stroke-opacity=\"0.6\"/>\n"
         "  <text x=\"200\" y=\"195\" text-anchor=\"middle\" font-family=\"sans-serif\" "
         "font-size=\"22\" font-weight=\"bold\" fill=\"" +
         text + "\">" + xml_text(title, 40) +
         "</text>\n"
         "  <text x=\"200\" y=\"232\" text-anchor=\"middle\" font-family=\"sans-serif\" "
         "font-size=\"16\" fill=\"" +
         text + "\">" + xml_text(subtitle, 40) +
         "</text>\n"
         "</svg>\n";
}

std::vector<std::uint8_t> badge_png(std::string_view seed) {
  constexpr std::uint32_t kSize = 256;
  const Colour colour = badge_colour_of(seed);
  std::vector<std::uint8_t> pixels;
  pixels.reserve(kSize * (1 + 4 * kSize));
  const double centre = (kSize - 1) / 2.0;
  for (std::uint32_t y = 0; y < kSize; ++y) {
    pixels.push_back(0);  // filter: none
    for (std::uint32_t x = 0; x < kSize; ++x) {
      const double distance = std::hypot(x - centre, y - centre);
      const bool ring = distance > 108 && distance < 112;
      const bool inside = distance < 122;
      pixels.push_back(ring ? 255 : colour.red);
      pixels.push_back(ring ? 255 : colour.green);
      pixels.push_back(ring ? 255 : colour.blue);
      pixels.push_back(inside ? 255 : 0);
    }
  }
  uLongf compressed_size = compressBound(static_cast<uLong>(pixels.size()));
  std::vector<std::uint8_t> compressed(compressed_size);
  if (compress2(compressed.data(), &compressed_size, pixels.data(),
                static_cast<uLong>(pixels.size()), Z_BEST_COMPRESSION) != Z_OK) {
    throw std::runtime_error("badge_png: zlib could not compress the image");
  }
  compressed.resize(compressed_size);

  std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  std::vector<std::uint8_t> header;
  append_u32(header, kSize);
  append_u32(header, kSize);
  header.insert(header.end(),
                {8, 6, 0, 0, 0});  // 8 bits, RGBA, deflate, no filter set, no interlace
  append_png_chunk(png, "IHDR", header);
  append_png_chunk(png, "IDAT", compressed);
  append_png_chunk(png, "IEND", {});
  return png;
}

}  // namespace cairn::media
