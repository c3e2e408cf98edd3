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
    // The view points into the definition, which the table keeps alive.
    keyword_aliases_.emplace_back(term, *definition->iri);
  }
  const std::size_t hash = hash_of(term);
  if (const std::size_t found = find_slot(term, hash); found != kNoSlot) {
    if (slots_[found].definition->is_protected) --protected_terms_;
    slots_[found].definition = std::move(definition);
    return;
  }
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].definition) i = (i + 1) & mask;
  slots_[i] = Slot{hash, std::move(term), std::move(definition)};
  ++size_;
}

std::shared_ptr<const TermDefinition> ActiveContext::undefine(std::string_view term) {
  std::size_t hole = find_slot(term, hash_of(term));
  if (hole == kNoSlot) return nullptr;
  std::shared_ptr<const TermDefinition> removed = std::move(slots_[hole].definition);
  forget_keyword_alias(term);
  if (removed->is_protected) --protected_terms_;
  --size_;
  // Backward-shift deletion: move later entries of the probe run into the hole when their home
  // slot allows, so that lookups never need tombstones.
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t next = (hole + 1) & mask; slots_[next].definition; next = (next + 1) & mask) {
    const std::size_t home = slots_[next].hash & mask;
    if (((next - home) & mask) >= ((next - hole) & mask)) {
      slots_[hole] = std::move(slots_[next]);
      hole = next;
    }
  }
  slots_[hole] = Slot{};
  return removed;
}

void ActiveContext::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_ = std::vector<Slot>(old.empty() ? 16 : old.size() * 2);
  const std::size_t mask = slots_.size() - 1;
  for (Slot& slot : old) {
    if (!slot.definition) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].definition) i = (i + 1) & mask;
    slots_[i] = std::move(slot);
  }
}

void ActiveContext::forget_keyword_alias(std::string_view term) {
  std::erase_if(keyword_aliases_, [term](const auto& alias) { return alias.first == term; });
}

}  // namespace cairn::canon::jsonld
