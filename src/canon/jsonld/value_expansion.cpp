#include "canon/jsonld/value_expansion.h"

#include <boost/json/object.hpp>
#include <string>

#include "canon/jsonld/iri_expansion.h"

namespace cairn::canon::jsonld {

namespace json = boost::json;

std::string normalize_language_tag(std::string_view tag) {
  std::string lowered(tag);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lowered;
}

json::value expand_value(const ActiveContext& context, const TermDefinition* property,
                         const json::value& value, const json::storage_ptr& storage) {
  const std::string* type = property && property->type_mapping ? &*property->type_mapping : nullptr;
  json::object result(storage);
  if (type && value.is_string() && (*type == "@id" || *type == "@vocab")) {
    std::string buffer;
    const std::optional<std::string_view> iri =
        expand_iri_view(context, value.get_string(),
                        *type == "@id" ? kDocumentRelative : kVocabOrDocumentRelative, buffer);
    if (iri) {
      result.emplace("@id", json::string(*iri, storage));
    } else {
      result.emplace("@id", nullptr);
    }
    return result;
  }

  result.emplace("@value", json::value(value, storage));
  if (type && *type != "@id" && *type != "@vocab" && *type != "@none") {
    result.emplace("@type", json::string(*type, storage));
  } else if (value.is_string()) {
    const std::optional<std::string>& language = property && property->language_mapping
                                                     ? *property->language_mapping
                                                     : context.default_language;
    const std::optional<std::string>& direction = property && property->direction_mapping
                                                      ? *property->direction_mapping
                                                      : context.default_direction;
    if (language) result.emplace("@language", json::string(*language, storage));
    if (direction) result.emplace("@direction", json::string(*direction, storage));
  }
  return result;
}

}  // namespace cairn::canon::jsonld
