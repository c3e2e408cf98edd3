#include "canon/jsonld/active_context.h"

#include <utility>

#include "canon/jsonld/keywords.h"

namespace cairn::canon::jsonld {

std::uint8_t ContainerMapping::flag_of(std::string_view keyword) {
  if (keyword == "@list") return kList;
  if (keyword == "@set") return kSet;
  if (keyword == "@index") return kIndex;
  if (keyword == "@language") return kLanguage;
  if (keyword == "@id") return kId;
  if (keyword == "@type") return kType;
  if (keyword == "@graph") return kGraph;
  return 0;
}

namespace {

bool same_scoped_context(const std::shared_ptr<const ScopedContext>& a,
                         const std::shared_ptr<const ScopedContext>& b) {
  if (a == b) return true;
  if (!a || !b) return false;
  return a->hash == b->hash && a->context == b->context;
}

}  // namespace

bool TermDefinition::same_except_protection(const TermDefinition& other) const {
  return iri == other.iri && prefix == other.prefix && reverse == other.reverse &&
         type_mapping == other.type_mapping && language_mapping == other.language_mapping &&
         direction_mapping == other.direction_mapping && containers == other.containers &&
         index_mapping == other.index_mapping && nest_value == other.nest_value &&
         same_scoped_context(scoped_context, other.scoped_context);
}

ActiveContext::ActiveContext(std::string base)
    : base_iri(base), original_base_url(std::move(base)) {}

void ActiveContext::define(std::string term, std::shared_ptr<const TermDefinition> definition) {
  if (definition->is_protected) ++protected_terms_;
  forget_keyword_alias(term);
  if (definition->iri && is_keyword(*definition->iri)) {
    // The view points into the definition, which the term map keeps alive.
    keyword_aliases_.emplace_back(term, *definition->iri);
  }
  auto [slot, inserted] = terms_.try_emplace(std::move(term), definition);
  if (!inserted) {
    if (slot->second->is_protected) --protected_terms_;
    slot->second = std::move(definition);
  }
}

std::shared_ptr<const TermDefinition> ActiveContext::undefine(std::string_view term) {
  const auto found = terms_.find(term);
  if (found == terms_.end()) return nullptr;
  std::shared_ptr<const TermDefinition> removed = std::move(found->second);
  terms_.erase(found);
  forget_keyword_alias(term);
  if (removed->is_protected) --protected_terms_;
  return removed;
}

void ActiveContext::forget_keyword_alias(std::string_view term) {
  std::erase_if(keyword_aliases_, [term](const auto& alias) { return alias.first == term; });
}

}  // namespace cairn::canon::jsonld
