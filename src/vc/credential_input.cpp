#include "vc/credential_input.h"

#include <algorithm>
#include <string_view>

#include "media/image_format.h"
#include "media/pdf_attachment.h"
#include "media/png_baking.h"
#include "media/svg_baking.h"

namespace cairn::vc {
namespace {

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(kSpace) - begin + 1);
}

// Three base64url segments separated by dots: the compact JWS serialization.
bool looks_like_compact_jwt(std::string_view text) {
  if (std::count(text.begin(), text.end(), '.') != 2) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

Result<CredentialInput> read_text(std::string_view text, std::string format,
                                  const CredentialInputLimits& limits) {
  const std::string_view content = trimmed(text);
  if (!content.empty() && content.front() == '{') {
    Result<boost::json::value> json = canon::json::parse_json(content, limits.json);
    if (!json) return json.error();
    return CredentialInput{format.empty() ? "json" : std::move(format),
                           std::move(json->as_object())};
  }
  if (looks_like_compact_jwt(content)) {
    return CredentialInput{format.empty() ? "jwt" : std::move(format), std::string(content)};
  }
  return Error{"unrecognized input",
               format.empty()
                   ? "the input is neither credential JSON (an object), a compact JWT, a PNG or "
                     "SVG badge, nor a PDF certificate"
                   : "the " + format +
                         " carries something that is neither credential JSON nor "
                         "a compact JWT"};
}

}  // namespace

Result<CredentialInput> read_credential_input(std::span<const std::uint8_t> bytes,
                                              const CredentialInputLimits& limits) {
  const std::optional<media::ImageFormat> image = media::sniff_image_format(bytes);
  if (image == media::ImageFormat::kPng) {
    Result<std::string> carried = media::unbake_png(bytes, limits.image);
    if (!carried) return carried.error();
    return read_text(*carried, "png", limits);
  }
  if (media::looks_like_pdf(bytes)) {
    Result<std::string> carried = media::credential_in_pdf(bytes, limits.image);
    if (!carried) return carried.error();
    return read_text(*carried, "pdf", limits);
  }
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  if (image == media::ImageFormat::kSvg) {
    Result<std::string> carried = media::unbake_svg(text, limits.image);
    if (!carried) return carried.error();
    return read_text(*carried, "svg", limits);
  }
  return read_text(text, "", limits);
}

}  // namespace cairn::vc
