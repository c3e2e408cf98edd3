#include "media/badge_upload.h"

#include <strings.h>

#include <cctype>
#include <string>

#include "media/media_errors.h"
#include "media/png_baking.h"
#include "media/png_chunks.h"
#include "media/svg_baking.h"
#include "media/svg_document.h"

namespace cairn::media {
namespace {

constexpr std::uint32_t kMaxSide = 4096;

std::uint32_t big_endian(std::span<const std::uint8_t> bytes) {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
         (std::uint32_t{bytes[2]} << 8) | bytes[3];
}

void check_png(std::span<const std::uint8_t> bytes, const ImageLimits& limits) {
  const std::vector<PngChunk> chunks = read_png_chunks(bytes, limits);
  const std::uint32_t width = big_endian(chunks.front().data.subspan(0, 4));
  const std::uint32_t height = big_endian(chunks.front().data.subspan(4, 4));
  if (width == 0 || height == 0 || width > kMaxSide || height > kMaxSide) {
    throw Failure("invalid image", "the PNG is " + std::to_string(width) + " x " +
                                       std::to_string(height) + " pixels; a badge has 1 to " +
                                       std::to_string(kMaxSide) + " a side");
  }
}

// Whether an attribute value names a script URL anywhere ("javascript:", "vbscript:"), read as
// browsers read URLs: without case, and without the tabs and line breaks they drop from a scheme
// ("java&#9;script:"). Anywhere, not only at the start: animation values are lists.
bool mentions_script_url(std::string_view value) {
  std::string folded;
  folded.reserve(value.size());
  for (const char c : value) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return folded.find("javascript:") != std::string::npos ||
         folded.find("vbscript:") != std::string::npos;
}

[[noreturn]] void refuse_unsafe(const std::string& what) {
  throw Failure("unsafe SVG", "the SVG holds " + what +
                                  ", which could run code where the image is opened; remove it");
}

void check_svg(std::string_view text, const ImageLimits& limits) {
  const XmlDocument document = parse_svg_document(text, limits);
  for (const xmlNode* element : svg_elements_of(xmlDocGetRootElement(document.get()))) {
    const std::string_view name = xml_view(element->name);
    if (strcasecmp(std::string(name).c_str(), "script") == 0 ||
        strcasecmp(std::string(name).c_str(), "foreignObject") == 0) {
      refuse_unsafe("a <" + std::string(name) + "> element");
    }
    for (const xmlAttr* attribute = element->properties; attribute != nullptr;
         attribute = attribute->next) {
      const std::string_view attribute_name = xml_view(attribute->name);
      if (attribute_name.size() > 2 && strncasecmp(attribute_name.data(), "on", 2) == 0) {
        refuse_unsafe("an event handler (" + std::string(attribute_name) + ")");
      }
      for (const xmlNode* value = attribute->children; value != nullptr; value = value->next) {
        if (mentions_script_url(xml_view(value->content))) refuse_unsafe("a script URL");
      }
    }
  }
}

}  // namespace

Result<BadgeUpload> check_badge_upload(std::span<const std::uint8_t> bytes, std::size_t max_bytes) {
  return capture([&]() -> BadgeUpload {
    if (bytes.size() > max_bytes) {
      throw Failure(std::string(error_code::kLimitExceeded),
                    "the image has " + std::to_string(bytes.size()) + " bytes; at most " +
                        std::to_string(max_bytes) + " are taken");
    }
    const std::optional<ImageFormat> format = sniff_image_format(bytes);
    if (!format) throw Failure("invalid image", "the file is neither a PNG nor an SVG image");
    ImageLimits limits;
    limits.max_image_bytes = max_bytes;
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    Result<std::string> baked = Error{"", ""};
    if (*format == ImageFormat::kPng) {
      check_png(bytes, limits);
      baked = unbake_png(bytes, limits);
    } else {
      check_svg(text, limits);
      baked = unbake_svg(text, limits);
    }
    if (baked) {
      throw Failure(std::string(error_code::kAlreadyBaked),
                    "the image carries a credential already; upload the plain picture");
    }
    if (baked.error().code != error_code::kNoCredential) {
      throw Failure(baked.error().code, baked.error().message);
    }
    if (*format == ImageFormat::kPng) return BadgeUpload{*format, "image/png", "png"};
    return BadgeUpload{*format, "image/svg+xml", "svg"};
  });
}

}  // namespace cairn::media
