#include "canon/jsonld/term_definition_builder.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

#include "canon/jsonld/errors.h"
#include "canon/jsonld/iri.h"
#include "canon/jsonld/keywords.h"
#include "canon/jsonld/value_expansion.h"
#include "common/result.h"

namespace cairn::canon::jsonld {

namespace {

namespace json = boost::json;

// The entries a term definition may have.
bool is_term_definition_entry(std::string_view key) {
  return key == "@id" || key == "@reverse" || key == "@container" || key == "@context" ||
         key == "@direction" || key == "@index" || key == "@language" || key == "@nest" ||
         key == "@prefix" || key == "@protected" || key == "@type";
}

bool ends_with_gen_delim(std::string_view iri) {
  return !iri.empty() && std::string_view(":/?#[]@").find(iri.back()) != std::string_view::npos;
}

bool is_iri_or_blank_node(const std::optional<std::string>& iri) {
  return iri && (is_absolute_iri(*iri) || is_blank_node_identifier(*iri));
}

Failure invalid(const char* code, std::string_view term, std::string_view why) {
  return Failure(code, "term \"" + std::string(term) + "\": " + std::string(why));
}

}  // namespace

TermDefinitionBuilder::TermDefinitionBuilder(ContextProcessor& processor, ActiveContext& result,
                                             const json::object& local_context,
                                             std::string_view base_url, bool protect_terms,
                                             bool override_protected,
                                             const ContextProcessor::Nesting& nesting)
    : processor_(processor),
      result_(result),
      local_context_(local_context),
      base_url_(base_url),
      protect_terms_(protect_terms),
      override_protected_(override_protected),
      nesting_(nesting),
      json_ld_10_(processor.json_ld_10()) {}

void TermDefinitionBuilder::define_dependency(std::string_view term) {
  const auto state = defined_.find(term);
  if (state != defined_.end() && state->second) return;
  if (local_context_.contains(term)) define(term);
}

void TermDefinitionBuilder::define(std::string_view term) {
  if (const auto state = defined_.find(term); state != defined_.end()) {
    if (state->second) return;
    throw invalid(errors::kCyclicIriMapping, term, "its definition depends on itself");
  }
  if (term.empty()) {
    throw Failure(errors::kInvalidTermDefinition, "the empty term cannot be defined");
  }
  processor_.count_work();
  // Each term whose definition waits for another's is a level of recursion: bound the chain
  // (real contexts nest prefixes a few levels deep) so that a crafted context cannot exhaust
  // the stack.
  if (pending_ >= kMaxDependencyChain) {
    throw invalid(errors::kContextOverflow, term,
                  "term definitions depend on each other too deeply");
  }
  ++pending_;
  struct PendingGuard {
    std::size_t& pending;
    ~PendingGuard() { --pending; }
  } guard{pending_};
  // The key of local_context_ outlives the map, so the view stays valid.
  const auto key = local_context_.find(term);
  defined_[key->key()] = false;
  const json::value& raw = key->value();

  if (term == "@type") {
    const json::object* value = raw.if_object();
    const bool valid =
        !json_ld_10_ && value != nullptr && !value->empty() &&
        std::all_of(value->begin(), value->end(), [](const json::key_value_pair& entry) {
          return (entry.key() == "@container" && entry.value() == "@set") ||
                 entry.key() == "@protected";
        });
    if (!valid) {
      throw invalid(errors::kKeywordRedefinition, term,
                    "@type may only be given \"@container\": \"@set\" and @protected");
    }
  } else if (is_keyword(term)) {
    throw invalid(errors::kKeywordRedefinition, term, "keywords cannot be redefined");
  } else if (has_keyword_form(term)) {
    defined_[key->key()] = true;  // reserved for future keywords: ignored
    return;
  }

  const std::shared_ptr<const TermDefinition> previous = result_.undefine(term);
  json::object normalized;
  const json::object* value = raw.if_object();
  bool simple_term = false;
  if (raw.is_null()) {
    normalized["@id"] = nullptr;
    value = &normalized;
  } else if (raw.is_string()) {
    normalized["@id"] = raw;
    value = &normalized;
    simple_term = true;
  } else if (value == nullptr) {
    throw invalid(errors::kInvalidTermDefinition, term, "must be null, a string or an object");
  }

  std::optional<TermDefinition> definition = build(term, *value, simple_term);
  if (definition) {
    if (!override_protected_ && previous && previous->is_protected) {
      if (!definition->same_except_protection(*previous)) {
        throw invalid(errors::kProtectedTermRedefinition, term,
                      "a protected term cannot be given another definition");
      }
      result_.define(std::string(term), previous);
    } else {
      result_.define(std::string(term),
                     std::make_shared<const TermDefinition>(std::move(*definition)));
    }
  }
  defined_[key->key()] = true;
}

std::optional<TermDefinition> TermDefinitionBuilder::build(std::string_view term,
                                                           const json::object& value,
                                                           bool simple_term) {
  TermDefinition definition;
  definition.is_protected = protect_terms_;

  if (const json::value* protect = value.if_contains("@protected")) {
    if (json_ld_10_)
      throw invalid(errors::kInvalidTermDefinition, term, "@protected is not JSON-LD 1.0");
    if (!protect->is_bool())
      throw invalid(errors::kInvalidProtectedValue, term, "@protected must be a boolean");
    definition.is_protected = protect->get_bool();
  }

  const json::value* type = value.if_contains("@type");
  if (type != nullptr) {
    const json::string* type_name = type->if_string();
    if (type_name == nullptr)
      throw invalid(errors::kInvalidTypeMapping, term, "@type must be a string");
    std::optional<std::string> expanded = expand(*type_name, kVocabRelative);
    const bool json_ld_11_only = expanded == "@json" || expanded == "@none";
    if (json_ld_11_only && json_ld_10_) {
      throw invalid(errors::kInvalidTypeMapping, term, "@json and @none types are not JSON-LD 1.0");
    }
    if (!expanded || !(json_ld_11_only || *expanded == "@id" || *expanded == "@vocab" ||
                       is_absolute_iri(*expanded))) {
      throw invalid(errors::kInvalidTypeMapping, term,
                    "@type must expand to an IRI or @id, @json, @none, @vocab");
    }
    definition.type_mapping = std::move(expanded);
  }

  if (value.contains("@reverse")) {
    if (!map_reverse(term, value, definition)) return std::nullopt;
  } else if (!map_iri(term, value, simple_term, definition)) {
    return std::nullopt;
  }

  if (const json::value* container = value.if_contains("@container")) {
    if (!definition.reverse) map_container(term, *container, definition);
  }

  if (const json::value* index = value.if_contains("@index")) {
    if (json_ld_10_ || !definition.containers.has(ContainerMapping::kIndex)) {
      throw invalid(errors::kInvalidTermDefinition, term,
                    "@index needs an @index container (JSON-LD 1.1)");
    }
    const json::string* property = index->if_string();
    const std::optional<std::string> expanded =
        property ? expand(*property, kVocabRelative) : std::nullopt;
    if (!expanded || !is_absolute_iri(*expanded)) {
      throw invalid(errors::kInvalidTermDefinition, term, "@index must expand to an IRI");
    }
    definition.index_mapping = std::string(*property);
  }

  if (const json::value* context = value.if_contains("@context")) {
    if (json_ld_10_)
      throw invalid(errors::kInvalidTermDefinition, term, "scoped contexts are not JSON-LD 1.0");
    map_scoped_context(*context, definition);
  }

  if (const json::value* language = value.if_contains("@language"); language && type == nullptr) {
    if (language->is_null()) {
      definition.language_mapping.emplace(std::nullopt);
    } else if (const json::string* tag = language->if_string()) {
      definition.language_mapping.emplace(normalize_language_tag(*tag));
    } else {
      throw invalid(errors::kInvalidLanguageMapping, term, "@language must be a string or null");
    }
  }

  if (const json::value* direction = value.if_contains("@direction");
      direction && type == nullptr) {
    if (direction->is_null()) {
      definition.direction_mapping.emplace(std::nullopt);
    } else if (direction->is_string() &&
               (direction->get_string() == "ltr" || direction->get_string() == "rtl")) {
      definition.direction_mapping.emplace(std::string(direction->get_string()));
    } else {
      throw invalid(errors::kInvalidBaseDirection, term,
                    "@direction must be \"ltr\", \"rtl\" or null");
    }
  }

  if (const json::value* nest = value.if_contains("@nest")) {
    if (json_ld_10_)
      throw invalid(errors::kInvalidTermDefinition, term, "@nest is not JSON-LD 1.0");
    const json::string* name = nest->if_string();
    if (name == nullptr || (*name != "@nest" && is_keyword(*name))) {
      throw invalid(errors::kInvalidNestValue, term, "@nest must be a string other than a keyword");
    }
    definition.nest_value = std::string(*name);
  }

  if (const json::value* prefix = value.if_contains("@prefix")) {
    if (json_ld_10_ || term.find_first_of(":/") != std::string_view::npos) {
      throw invalid(errors::kInvalidTermDefinition, term,
                    "@prefix is JSON-LD 1.1 and only for terms without ':' or '/'");
    }
    if (!prefix->is_bool())
      throw invalid(errors::kInvalidPrefixValue, term, "@prefix must be a boolean");
    definition.prefix = prefix->get_bool();
    if (definition.prefix && definition.iri && is_keyword(*definition.iri)) {
      throw invalid(errors::kInvalidTermDefinition, term, "a keyword alias cannot be a prefix");
    }
  }

  for (const auto& entry : value) {
    if (!is_term_definition_entry(entry.key())) {
      throw invalid(errors::kInvalidTermDefinition, term,
                    "unknown entry \"" + std::string(entry.key()) + "\"");
    }
  }
  return definition;
}

bool TermDefinitionBuilder::map_reverse(std::string_view term, const json::object& value,
                                        TermDefinition& definition) {
  if (value.contains("@id") || value.contains("@nest")) {
    throw invalid(errors::kInvalidReverseProperty, term,
                  "@reverse cannot be used with @id or @nest");
  }
  const json::string* reverse = value.at("@reverse").if_string();
  if (reverse == nullptr)
    throw invalid(errors::kInvalidIriMapping, term, "@reverse must be a string");
  if (has_keyword_form(*reverse)) return false;
  std::optional<std::string> iri = expand(*reverse, kVocabRelative);
  if (!is_iri_or_blank_node(iri)) {
    throw invalid(errors::kInvalidIriMapping, term, "@reverse must expand to an IRI or blank node");
  }
  definition.iri = std::move(iri);
  if (const json::value* container = value.if_contains("@container")) {
    if (!container->is_null() && *container != "@set" && *container != "@index") {
      throw invalid(errors::kInvalidReverseProperty, term,
                    "a reverse property's container can only be @set or @index");
    }
    if (const json::string* name = container->if_string()) {
      definition.containers.add(ContainerMapping::flag_of(*name));
    }
  }
  definition.reverse = true;
  return true;
}

bool TermDefinitionBuilder::map_iri(std::string_view term, const json::object& value,
                                    bool simple_term, TermDefinition& definition) {
  const json::value* id = value.if_contains("@id");
  if (id != nullptr && !(id->is_string() && id->get_string() == term)) {
    if (id->is_null()) return true;  // kept only to detect redefinitions
    const json::string* target = id->if_string();
    if (target == nullptr) throw invalid(errors::kInvalidIriMapping, term, "@id must be a string");
    if (!is_keyword(*target) && has_keyword_form(*target)) return false;
    std::optional<std::string> iri = expand(*target, kVocabRelative);
    if (!iri || !(is_keyword(*iri) || is_absolute_iri(*iri) || is_blank_node_identifier(*iri))) {
      throw invalid(errors::kInvalidIriMapping, term,
                    "@id must expand to an IRI, blank node identifier or keyword");
    }
    if (*iri == "@context")
      throw invalid(errors::kInvalidKeywordAlias, term, "@context cannot be aliased");
    const std::size_t colon = term.find(':', 1);
    const bool looks_like_iri = (colon != std::string_view::npos && colon + 1 < term.size()) ||
                                term.find('/') != std::string_view::npos;
    if (looks_like_iri) {
      defined_[local_context_.find(term)->key()] = true;
      if (expand(term, kVocabRelative) != iri) {
        throw invalid(errors::kInvalidIriMapping, term,
                      "a term that looks like an IRI must expand to that IRI");
      }
    }
    if (term.find_first_of(":/") == std::string_view::npos && simple_term &&
        (ends_with_gen_delim(*iri) || is_blank_node_identifier(*iri))) {
      definition.prefix = true;
    }
    definition.iri = std::move(iri);
    return true;
  }

  if (const std::size_t colon = term.find(':', 1); colon != std::string_view::npos) {
    const std::string_view prefix = term.substr(0, colon);
    define_dependency(prefix);
    if (const TermDefinition* prefix_definition = result_.find(prefix);
        prefix_definition != nullptr && prefix_definition->iri) {
      definition.iri = *prefix_definition->iri + std::string(term.substr(colon + 1));
    } else {
      definition.iri = std::string(term);
    }
  } else if (term.find('/') != std::string_view::npos) {
    // Without the dependency hook: a term without a colon depends on no other term, and the
    // term itself is the one being defined.
    std::optional<std::string> iri = expand_iri(result_, term, kVocabOrDocumentRelative);
    if (!iri || !is_absolute_iri(*iri)) {
      throw invalid(errors::kInvalidIriMapping, term, "a relative IRI term must expand to an IRI");
    }
    definition.iri = std::move(iri);
  } else if (term == "@type") {
    definition.iri = "@type";
  } else if (result_.vocabulary_mapping) {
    definition.iri = *result_.vocabulary_mapping + std::string(term);
  } else {
    throw invalid(errors::kInvalidIriMapping, term, "no @id and no @vocab to derive an IRI from");
  }
  return true;
}

void TermDefinitionBuilder::map_container(std::string_view term, const json::value& container,
                                          TermDefinition& definition) const {
  const auto fail = [&term]() {
    return invalid(errors::kInvalidContainerMapping, term, "not a valid @container value");
  };
  ContainerMapping mapping;
  std::size_t count = 0;
  const auto add = [&](const json::value& keyword) {
    const json::string* name = keyword.if_string();
    const std::uint8_t flag = name ? ContainerMapping::flag_of(*name) : 0;
    if (flag == 0) throw fail();
    mapping.add(flag);
    ++count;
  };
  if (const json::array* keywords = container.if_array()) {
    if (json_ld_10_) throw fail();
    for (const json::value& keyword : *keywords) add(keyword);
  } else {
    add(container);
    if (json_ld_10_ && mapping.has_any(ContainerMapping::kGraph | ContainerMapping::kId |
                                       ContainerMapping::kType)) {
      throw fail();
    }
  }
  const bool has_set = mapping.has(ContainerMapping::kSet);
  if (mapping.has(ContainerMapping::kList)) {
    if (count != 1) throw fail();
  } else if (mapping.has(ContainerMapping::kGraph)) {
    const std::uint8_t others =
        mapping.bits() & ~(ContainerMapping::kGraph | ContainerMapping::kSet);
    if ((others & ~(ContainerMapping::kId | ContainerMapping::kIndex)) != 0 ||
        others == (ContainerMapping::kId | ContainerMapping::kIndex)) {
      throw fail();
    }
  } else if (count > (has_set ? 2u : 1u)) {
    throw fail();
  }
  if (mapping.has(ContainerMapping::kType)) {
    if (!definition.type_mapping) {
      definition.type_mapping = "@id";
    } else if (*definition.type_mapping != "@id" && *definition.type_mapping != "@vocab") {
      throw invalid(errors::kInvalidTypeMapping, term,
                    "a @type container needs @type @id or @vocab");
    }
  }
  definition.containers = mapping;
}

void TermDefinitionBuilder::map_scoped_context(const json::value& context,
                                               TermDefinition& definition) {
  definition.scoped_context = std::make_shared<const ScopedContext>(
      ScopedContext{json::value(context, json::storage_ptr()), std::string(base_url_),
                    std::hash<json::value>{}(context)});
  unvalidated_.push_back(definition.scoped_context);
}

void TermDefinitionBuilder::validate_scoped_contexts() {
  if (unvalidated_.empty()) return;
  const std::shared_ptr<const ActiveContext> snapshot = processor_.clone_context(result_);
  for (const std::shared_ptr<const ScopedContext>& scoped : unvalidated_) {
    ContextProcessor::Nesting validation{nesting_.remote_contexts, false,
                                         nesting_.inside_remote_context, nesting_.depth + 1};
    try {
      processor_.process(snapshot, scoped->context, scoped->base_url,
                         ContextApplication{true, true, json_ld_10_}, std::move(validation));
    } catch (const Failure& failure) {
      // A limit stays a limit; anything else wrong inside makes the scoped context invalid.
      if (failure.error().code == errors::kContextOverflow) throw;
      throw Failure(errors::kInvalidScopedContext, failure.error().to_string());
    }
  }
  unvalidated_.clear();
}

}  // namespace cairn::canon::jsonld
