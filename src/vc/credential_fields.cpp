#include "vc/credential_fields.h"

namespace cairn::vc {

std::string string_member(const boost::json::object& object, std::string_view name) {
  const boost::json::value* value = object.if_contains(name);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : std::string();
}

std::string issuer_id_of(const boost::json::object& credential) {
  const boost::json::value* issuer = credential.if_contains("issuer");
  if (issuer == nullptr) return {};
  if (issuer->is_string()) return std::string(issuer->get_string());
  if (issuer->is_object()) return string_member(issuer->get_object(), "id");
  return {};
}

}  // namespace cairn::vc
