#include "web/credential_view.h"

#include <boost/json/array.hpp>

#include "canon/json/json_parser.h"
#include "vc/jwt/decode_vc_jwt.h"

namespace cairn::web {
namespace {

namespace json = boost::json;

std::string text_of(const json::object* object, std::string_view name) {
  if (object == nullptr) return {};
  const json::value* value = object->if_contains(name);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

const json::object* object_of(const json::object* object, std::string_view name) {
  if (object == nullptr) return nullptr;
  const json::value* value = object->if_contains(name);
  return value ? value->if_object() : nullptr;
}

bool is_web_url(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

std::string web_url(std::string url) { return is_web_url(url) ? url : std::string(); }

// An image as a string or an Image object; http(s) and raster or SVG data: URLs only.
std::string image_of(const json::object* achievement) {
  if (achievement == nullptr) return {};
  const json::value* image = achievement->if_contains("image");
  if (image == nullptr) return {};
  std::string url =
      image->is_string() ? std::string(image->get_string()) : text_of(image->if_object(), "id");
  if (is_web_url(url) || url.starts_with("data:image/png") || url.starts_with("data:image/svg") ||
      url.starts_with("data:image/jpeg")) {
    return url;
  }
  return {};
}

// The members of `object` named `name` that are objects, whether it holds one or an array.
std::vector<const json::object*> objects_of(const json::object* object, std::string_view name) {
  std::vector<const json::object*> objects;
  if (object == nullptr) return objects;
  const json::value* value = object->if_contains(name);
  if (value == nullptr) return objects;
  if (const json::object* single = value->if_object()) {
    objects.push_back(single);
  } else if (const json::array* array = value->if_array()) {
    for (const json::value& item : *array) {
      if (const json::object* entry = item.if_object()) objects.push_back(entry);
    }
  }
  return objects;
}

}  // namespace

CredentialView credential_view(const json::object& credential) {
  CredentialView view;
  // credentialSubject may be an array in VC; the first subject is the one shown.
  const std::vector<const json::object*> subjects = objects_of(&credential, "credentialSubject");
  const json::object* subject = subjects.empty() ? nullptr : subjects.front();
  const json::object* achievement = object_of(subject, "achievement");
  view.achievement_name = text_of(achievement, "name");
  if (view.achievement_name.empty()) view.achievement_name = text_of(&credential, "name");
  view.achievement_description = text_of(achievement, "description");
  if (view.achievement_description.empty()) {
    view.achievement_description = text_of(&credential, "description");
  }
  view.criteria = text_of(object_of(achievement, "criteria"), "narrative");
  view.image_url = image_of(achievement);

  if (const json::value* issuer = credential.if_contains("issuer")) {
    if (issuer->is_string()) {
      view.issuer_name = std::string(issuer->get_string());
      view.issuer_url = web_url(view.issuer_name);
    } else if (const json::object* profile = issuer->if_object()) {
      view.issuer_name = text_of(profile, "name");
      view.issuer_url = web_url(text_of(profile, "url"));
      if (view.issuer_name.empty()) view.issuer_name = text_of(profile, "id");
    }
  }
  for (const char* from : {"validFrom", "issuanceDate"}) {
    if (std::string date = text_of(&credential, from); !date.empty() && !view.valid_from) {
      view.valid_from = std::move(date);
    }
  }
  for (const char* until : {"validUntil", "expirationDate"}) {
    if (std::string date = text_of(&credential, until); !date.empty() && !view.valid_until) {
      view.valid_until = std::move(date);
    }
  }
  for (const json::object* alignment : objects_of(achievement, "alignment")) {
    CredentialView::Alignment entry{text_of(alignment, "targetName"),
                                    web_url(text_of(alignment, "targetUrl")),
                                    text_of(alignment, "targetFramework")};
    if (!entry.name.empty()) view.alignments.push_back(std::move(entry));
  }
  for (const json::object* evidence : objects_of(&credential, "evidence")) {
    CredentialView::Evidence entry{text_of(evidence, "name"), text_of(evidence, "narrative"),
                                   web_url(text_of(evidence, "id"))};
    if (!entry.name.empty() || !entry.narrative.empty() || !entry.url.empty()) {
      view.evidence.push_back(std::move(entry));
    }
  }
  return view;
}

Result<json::object> credential_of_document(std::string_view document) {
  if (document.starts_with('{')) {
    Result<json::value> parsed = canon::json::parse_json(document);
    if (!parsed) return parsed.error();
    if (!parsed->is_object()) return Error{"invalid credential", "not a JSON object"};
    return std::move(parsed->as_object());
  }
  Result<vc::jwt::DecodedVcJwt> decoded = vc::jwt::decode_vc_jwt(document);
  if (!decoded) return decoded.error();
  return std::move(decoded->credential);
}

}  // namespace cairn::web
