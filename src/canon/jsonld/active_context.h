// ActiveContext and TermDefinition: the state that JSON-LD context processing produces and
// expansion reads (JSON-LD 1.1 Processing Algorithms, section 4.1).
//
// An ActiveContext is built once by the context processor and then shared read-only through
// ActiveContextPtr (std::shared_ptr<const ActiveContext>), so caches and expansion frames hand
// it around without copying. Term definitions are shared the same way, so cloning an active
// context to apply a local context copies pointers, not definitions.
//
// Thread-safety: a const ActiveContext may be read from several threads at once; a context
// being built is owned by one thread.
#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cairn::canon::jsonld {

// The container mapping of a term: a set of the seven container keywords.
class ContainerMapping {
 public:
  enum Kind : std::uint8_t {
    kList = 1 << 0,
    kSet = 1 << 1,
    kIndex = 1 << 2,
    kLanguage = 1 << 3,
    kId = 1 << 4,
    kType = 1 << 5,
    kGraph = 1 << 6,
  };

  // The flag for a container keyword such as "@list", or 0 for any other string.
  static std::uint8_t flag_of(std::string_view keyword);

  bool has(Kind kind) const { return (bits_ & kind) != 0; }
  bool has_any(std::uint8_t kinds) const { return (bits_ & kinds) != 0; }
  bool empty() const { return bits_ == 0; }
  std::uint8_t bits() const { return bits_; }
  void add(std::uint8_t kinds) { bits_ |= kinds; }

  bool operator==(const ContainerMapping&) const = default;

 private:
  std::uint8_t bits_ = 0;
};

// A term's embedded (scoped) context, kept unprocessed as the specification says: it is applied
// to whatever active context is current where the term is used.
struct ScopedContext {
  // Owns its memory (the default resource), never the document's: active contexts and the
  // ContextCache outlive the document, whose values may live in an arena freed after it.
  boost::json::value context;
  std::string base_url;  // for relative context references inside it
  std::size_t hash = 0;  // std::hash of `context`, computed once for cache keys
};

struct TermDefinition {
  // The IRI, blank node identifier or keyword the term maps to; std::nullopt when the term is
  // mapped to null (kept so a later redefinition can be checked against it).
  std::optional<std::string> iri;
  bool prefix = false;
  bool is_protected = false;
  bool reverse = false;
  std::optional<std::string> type_mapping;
  // Outer nullopt: no mapping (the context's default applies); inner nullopt: mapped to null.
  std::optional<std::optional<std::string>> language_mapping;
  std::optional<std::optional<std::string>> direction_mapping;
  ContainerMapping containers;
  std::optional<std::string> index_mapping;
  std::optional<std::string> nest_value;
  std::shared_ptr<const ScopedContext> scoped_context;

  // True when both definitions are the same but for their protected flags, the test that allows
  // a protected term to be "redefined" identically.
  bool same_except_protection(const TermDefinition& other) const;
};

class ActiveContext;
using ActiveContextPtr = std::shared_ptr<const ActiveContext>;

class ActiveContext {
 public:
  // A newly-initialised active context whose base IRI and original base URL are `base`.
  explicit ActiveContext(std::string base = {});

  // The definition of `term`, or nullptr when the context defines none.
  const TermDefinition* find(std::string_view term) const {
    const std::size_t slot = find_slot(term, hash_of(term));
    return slot == kNoSlot ? nullptr : slots_[slot].definition.get();
  }
  // Replaces any definition of `term`.
  void define(std::string term, std::shared_ptr<const TermDefinition> definition);
  // Removes any definition of `term`; returns it, or nullptr.
  std::shared_ptr<const TermDefinition> undefine(std::string_view term);
  bool has_protected_terms() const { return protected_terms_ > 0; }
  // The keyword `term` is an alias of ("type" for "@type"), or an empty view. Much cheaper than
  // find(): expansion asks it for every key of every node ("does this key mean @type?").
  std::string_view keyword_alias(std::string_view term) const {
    for (const auto& [alias, keyword] : keyword_aliases_) {
      if (alias == term) return keyword;
    }
    return {};
  }
  // IRI-expanding `key` (vocabulary-relative) gives `keyword`: cheaper than expand_iri() because
  // only the keyword itself or an alias term can expand to a keyword.
  bool expands_to_keyword(std::string_view key, std::string_view keyword) const {
    return key == keyword || keyword_alias(key) == keyword;
  }
  std::size_t term_count() const { return size_; }

  // The base IRI; std::nullopt after "@base": null. Resolving against an empty base returns the
  // reference unchanged.
  std::optional<std::string> base_iri;
  // The document's base, to which a null context resets the base IRI.
  std::string original_base_url;
  std::optional<std::string> vocabulary_mapping;
  std::optional<std::string> default_language;
  std::optional<std::string> default_direction;
  // Set when a non-propagated (type-scoped) context was applied: the context to return to when
  // expansion enters a new node object.
  ActiveContextPtr previous_context;

 private:
  // The term definitions are an open-addressing hash table with linear probing: one contiguous
  // array, so that a lookup (expansion makes one or two per key) touches one or two cache lines
  // rather than a bucket list, and copying a context copies one array.
  struct Slot {
    std::size_t hash = 0;
    std::string term;
    std::shared_ptr<const TermDefinition> definition;  // nullptr: the slot is free
  };
  static constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);

  static std::size_t hash_of(std::string_view term) { return std::hash<std::string_view>{}(term); }
  // The slot holding `term`, or kNoSlot.
  std::size_t find_slot(std::string_view term, std::size_t hash) const {
    if (slots_.empty()) return kNoSlot;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (!slot.definition) return kNoSlot;
      if (slot.hash == hash && slot.term == term) return i;
    }
  }
  void grow();
  void forget_keyword_alias(std::string_view term);

  std::vector<Slot> slots_;  // empty or a power of two long, at most half full
  std::size_t size_ = 0;
  std::size_t protected_terms_ = 0;
  // (term, keyword) for every term whose IRI mapping is a keyword; a handful at most.
  std::vector<std::pair<std::string, std::string_view>> keyword_aliases_;
};

}  // namespace cairn::canon::jsonld
