#include "web/badge_picture.h"

#include <cstdint>
#include <span>
#include <string_view>

#include "crypto/base64url.h"
#include "media/badge_image.h"

namespace cairn::web {
namespace {

constexpr std::string_view kDataMimes[] = {"image/png", "image/jpeg", "image/svg+xml"};

bool is_base64(std::string_view text) {
  for (const char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/' && c != '=') {
      return false;
    }
  }
  return !text.empty();
}

// Standard base64 with padding, from the project's base64url encoder.
std::string base64_of(std::string_view bytes) {
  std::string text = crypto::encode_base64url(
      std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
  for (char& c : text) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (text.size() % 4 != 0) text.push_back('=');
  return text;
}

}  // namespace

BadgePicture badge_picture_of(const CredentialView& view) {
  if (view.image_url.starts_with("https://") || view.image_url.starts_with("http://")) {
    return {view.image_url, "", ""};
  }
  for (const std::string_view mime : kDataMimes) {
    const std::string prefix = "data:" + std::string(mime) + ";base64,";
    if (view.image_url.starts_with(prefix) && is_base64(view.image_url.substr(prefix.size()))) {
      return {"", std::string(mime), view.image_url.substr(prefix.size())};
    }
  }
  const std::string svg =
      media::badge_svg(view.achievement_name, view.achievement_name, view.issuer_name);
  return {"", "image/svg+xml", base64_of(svg)};
}

void fill_badge_picture(ctemplate::TemplateDictionary& values, const BadgePicture& picture) {
  if (!picture.url.empty()) {
    values.SetValueAndShowSection("IMAGE_URL", picture.url, "HAS_IMAGE_URL");
    return;
  }
  ctemplate::TemplateDictionary* data = values.AddSectionDictionary("HAS_DATA_IMAGE");
  data->SetValue("DATA_MIME", picture.data_mime);
  data->SetValue("DATA_BASE64", picture.data_base64);
}

}  // namespace cairn::web
