#include "canon/jsonld/iri_expansion.h"

#include "canon/jsonld/iri.h"
#include "canon/jsonld/keywords.h"

namespace cairn::canon::jsonld {

std::optional<std::string_view> expand_iri_view(const ActiveContext& context,
                                                std::string_view value, IriExpansionMode mode,
                                                std::string& buffer,
                                                TermDependencies* dependencies) {
  if (is_keyword(value)) return value;
  if (has_keyword_form(value)) return std::nullopt;
  if (dependencies != nullptr) dependencies->define_dependency(value);

  if (const TermDefinition* term = context.find(value)) {
    if (term->iri && is_keyword(*term->iri)) return *term->iri;
    if (mode.vocab) {
      if (!term->iri) return std::nullopt;
      return *term->iri;
    }
  }

  if (const std::size_t colon = value.find(':', 1); colon != std::string_view::npos) {
    const std::string_view prefix = value.substr(0, colon);
    const std::string_view suffix = value.substr(colon + 1);
    if (prefix == "_" || suffix.starts_with("//")) return value;
    if (dependencies != nullptr) dependencies->define_dependency(prefix);
    if (const TermDefinition* prefix_term = context.find(prefix);
        prefix_term != nullptr && prefix_term->iri && prefix_term->prefix) {
      buffer.assign(*prefix_term->iri).append(suffix);
      return buffer;
    }
    if (is_absolute_iri(value)) return value;
  }

  if (mode.vocab && context.vocabulary_mapping) {
    buffer.assign(*context.vocabulary_mapping).append(value);
    return buffer;
  }
  if (mode.document_relative && context.base_iri) {
    buffer = resolve_iri(*context.base_iri, value);
    return buffer;
  }
  return value;
}

std::optional<std::string> expand_iri(const ActiveContext& context, std::string_view value,
                                      IriExpansionMode mode, TermDependencies* dependencies) {
  std::string buffer;
  const std::optional<std::string_view> expanded =
      expand_iri_view(context, value, mode, buffer, dependencies);
  if (!expanded) return std::nullopt;
  if (expanded->data() == buffer.data()) return buffer;
  return std::string(*expanded);
}

}  // namespace cairn::canon::jsonld
