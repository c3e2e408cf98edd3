#include "canon/jsonld/expansion.h"

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "canon/jsonld/active_context.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/context_processor.h"
#include "canon/jsonld/errors.h"
#include "canon/jsonld/iri.h"
#include "canon/jsonld/iri_expansion.h"
#include "canon/jsonld/keywords.h"
#include "canon/jsonld/value_expansion.h"

namespace cairn::canon::jsonld {

namespace {

namespace json = boost::json;

using Entries = boost::container::small_vector<const json::key_value_pair*, 16>;

// The entries of `object` in code point order of their keys (UTF-8 byte order is code point
// order, and std::string_view compares bytes as unsigned).
Entries sorted_entries(const json::object& object) {
  Entries entries;
  entries.reserve(object.size());
  for (const json::key_value_pair& entry : object) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(),
            [](const auto* a, const auto* b) { return a->key() < b->key(); });
  return entries;
}

bool is_scalar(const json::value& value) {
  return value.is_string() || value.is_number() || value.is_bool();
}

bool is_list_object(const json::value& value) {
  return value.is_object() && value.get_object().contains("@list");
}

bool is_value_object(const json::value& value) {
  return value.is_object() && value.get_object().contains("@value");
}

bool is_node_object(const json::value& value) {
  const json::object* object = value.if_object();
  return object != nullptr && !object->contains("@value") && !object->contains("@list") &&
         !object->contains("@set");
}

bool is_graph_object(const json::value& value) {
  const json::object* object = value.if_object();
  if (object == nullptr || !object->contains("@graph")) return false;
  return std::all_of(object->begin(), object->end(), [](const json::key_value_pair& entry) {
    return entry.key() == "@graph" || entry.key() == "@id" || entry.key() == "@index";
  });
}

json::array as_array(json::value value, const json::storage_ptr& storage) {
  if (json::array* array = value.if_array()) return std::move(*array);
  json::array wrapped(storage);
  wrapped.push_back(std::move(value));
  return wrapped;
}

// The algorithm's "add value" with "as array": appends `value` (each item when it is an array)
// to the array at `key`, creating it.
void add_value(json::object& object, std::string_view key, json::value value) {
  auto [slot, inserted] = object.emplace(key, json::array(object.storage()));
  json::array* values = slot->value().if_array();
  if (values == nullptr) {  // a keyword entry stored as a single value
    json::array wrapped(object.storage());
    wrapped.push_back(std::move(slot->value()));
    slot->value() = std::move(wrapped);
    values = &slot->value().get_array();
  }
  if (json::array* items = value.if_array()) {
    for (json::value& item : *items) values->push_back(std::move(item));
  } else {
    values->push_back(std::move(value));
  }
}

// A property as the algorithm passes it around: the key as written (nullopt for the top level).
using ActiveProperty = std::optional<std::string_view>;

class Expander {
 public:
  Expander(const JsonLdOptions& options, ContextProcessor& processor, json::storage_ptr storage)
      : options_(options), processor_(processor), storage_(std::move(storage)) {}

  // `property_definition` is the term definition of `property` in `context` (or nullptr).
  // `list_items`: `element` is the value of an @list entry, whose arrays are lists too.
  json::value expand(const ActiveContextPtr& context, ActiveProperty property,
                     const TermDefinition* property_definition, const json::value& element,
                     std::string_view base_url, bool from_map, std::size_t depth,
                     bool list_items = false);

 private:
  // The state of expanding one JSON object (steps 7 to 14), shared with its @nest values.
  struct ObjectFrame {
    ActiveContextPtr type_scoped_context;
    ActiveProperty property;
    std::string_view base_url;
    std::optional<std::string> input_type;
    std::size_t depth;
    json::object result;
  };

  json::value expand_object(ActiveContextPtr context, ActiveProperty property,
                            const TermDefinition* property_definition, const json::object& element,
                            std::string_view base_url, bool from_map, std::size_t depth);
  // Steps 13 and 14 over `entries`, the entries of `element` in code point order.
  void expand_entries(const ActiveContextPtr& context, const json::object& element,
                      const Entries& entries, ObjectFrame& frame);
  void expand_keyword(const ActiveContextPtr& context, std::string_view key,
                      std::string_view keyword, const json::value& value, ObjectFrame& frame,
                      std::vector<std::string_view>& nests);
  json::value expand_property(const ActiveContextPtr& context, std::string_view key,
                              const TermDefinition* term, const json::value& value,
                              ObjectFrame& frame);
  json::value finish_object(ObjectFrame& frame) const;
  json::array expand_language_map(const ActiveContext& context, const TermDefinition& term,
                                  const json::object& map) const;
  json::array expand_index_map(const ActiveContextPtr& context, std::string_view key,
                               const TermDefinition& term, const json::object& map,
                               ObjectFrame& frame);
  json::value expand_types(const ActiveContext& context, const json::value& value) const;

  json::string make_string(std::string_view text) const { return json::string(text, storage_); }
  json::object make_object() const { return json::object(storage_); }

  const JsonLdOptions& options_;
  ContextProcessor& processor_;
  json::storage_ptr storage_;
  std::size_t values_ = 0;
};

json::value Expander::expand(const ActiveContextPtr& context, ActiveProperty property,
                             const TermDefinition* property_definition, const json::value& element,
                             std::string_view base_url, bool from_map, std::size_t depth,
                             bool list_items) {
  if (depth > options_.limits.max_expansion_depth) {
    throw Failure(errors::kExpansionDepthExceeded, "the document nests deeper than the limit");
  }
  if (++values_ > options_.limits.max_output_values) {
    throw Failure(errors::kExpansionTooLarge, "the document has more values than the limit");
  }
  if (element.is_null()) return nullptr;

  if (const json::array* items = element.if_array()) {
    json::array result(storage_);
    // Step 5.2.2 wraps nested arrays as lists when the property is a list container; an
    // explicit {"@list": [[...]]} is a list of lists too, as jsonld.js reads it (the spec text
    // would flatten it): issuers sign what jsonld.js produces.
    const bool in_list =
        list_items ||
        (property_definition && property_definition->containers.has(ContainerMapping::kList));
    for (const json::value& item : *items) {
      json::value expanded =
          expand(context, property, property_definition, item, base_url, from_map, depth + 1);
      if (in_list && expanded.is_array()) {
        json::object list = make_object();
        list.emplace("@list", std::move(expanded));
        expanded = std::move(list);
      }
      if (json::array* expanded_items = expanded.if_array()) {
        for (json::value& expanded_item : *expanded_items)
          result.push_back(std::move(expanded_item));
      } else if (!expanded.is_null()) {
        result.push_back(std::move(expanded));
      }
    }
    return result;
  }

  if (const json::object* object = element.if_object()) {
    return expand_object(context, property, property_definition, *object, base_url, from_map,
                         depth);
  }

  // A scalar. Its property's scoped context may hold a datatype or language for it; it is
  // applied as for a node value (override protected), since the specification validated it so
  // and a scalar must not fail where a node object would not.
  if (!property || *property == "@graph") return nullptr;  // free-floating
  if (property_definition && property_definition->scoped_context) {
    const ActiveContextPtr scoped = processor_.apply_scoped(
        context, property_definition->scoped_context, ContextApplication{true, true});
    return expand_value(*scoped, scoped->find(*property), element, storage_);
  }
  return expand_value(*context, property_definition, element, storage_);
}

json::value Expander::expand_object(ActiveContextPtr context, ActiveProperty property,
                                    const TermDefinition* property_definition,
                                    const json::object& element, std::string_view base_url,
                                    bool from_map, std::size_t depth) {
  // Step 7: a type-scoped context does not reach into nested node objects.
  if (context->previous_context && !from_map) {
    bool keep = std::any_of(element.begin(), element.end(), [&](const json::key_value_pair& entry) {
      return context->expands_to_keyword(entry.key(), "@value");
    });
    if (!keep && element.size() == 1) {
      keep = context->expands_to_keyword(element.begin()->key(), "@id");
    }
    if (!keep) context = context->previous_context;
  }
  // Step 8.
  if (property_definition && property_definition->scoped_context) {
    context = processor_.apply_scoped(context, property_definition->scoped_context,
                                      ContextApplication{true, true});
  }
  // Step 9.
  if (const json::value* local_context = element.if_contains("@context")) {
    context = processor_.apply(context, *local_context, base_url, {});
  }

  ObjectFrame frame{context, property, base_url, std::nullopt, depth, make_object()};
  frame.result.reserve(element.size());
  const Entries entries = sorted_entries(element);

  // Step 11: type-scoped contexts, looked up in the context before any of them applies.
  bool found_type = false;
  for (const json::key_value_pair* entry : entries) {
    if (!frame.type_scoped_context->expands_to_keyword(entry->key(), "@type")) continue;
    std::vector<std::string_view> types;
    if (const json::string* type = entry->value().if_string()) {
      types.push_back(*type);
    } else if (const json::array* values = entry->value().if_array()) {
      for (const json::value& value : *values) {
        if (const json::string* type = value.if_string()) types.push_back(*type);
      }
      std::sort(types.begin(), types.end());
    }
    for (const std::string_view type : types) {
      const TermDefinition* term = frame.type_scoped_context->find(type);
      if (term && term->scoped_context) {
        context = processor_.apply_scoped(context, term->scoped_context,
                                          ContextApplication{false, false});
      }
    }
    // Step 12: the input type is the last value of the first @type entry.
    if (!found_type) {
      found_type = true;
      const json::value* last = &entry->value();
      if (const json::array* values = last->if_array())
        last = values->empty() ? nullptr : &values->back();
      if (last != nullptr && last->is_string()) {
        frame.input_type = expand_iri(*context, last->get_string(), kVocabRelative);
      }
    }
  }

  expand_entries(context, element, entries, frame);
  return finish_object(frame);
}

void Expander::expand_entries(const ActiveContextPtr& context, const json::object& element,
                              const Entries& entries, ObjectFrame& frame) {
  std::vector<std::string_view> nests;
  for (const json::key_value_pair* entry : entries) {
    const std::string_view key = entry->key();
    if (key == "@context") continue;
    // IRI expansion of a key (vocabulary-relative) is the term's IRI mapping when it is a term.
    const TermDefinition* term = context->find(key);
    std::string buffer;
    const std::optional<std::string_view> property =
        term ? (term->iri ? std::optional<std::string_view>(*term->iri) : std::nullopt)
             : expand_iri_view(*context, key, kVocabRelative, buffer);
    if (!property || (!is_keyword(*property) && property->find(':') == std::string_view::npos)) {
      // Neither keyword, IRI nor blank node: the algorithm drops the entry.
      if (options_.safe_mode) {
        throw Failure("dropped property", "\"" + std::string(key) +
                                              "\" is not defined by the document's @context, so "
                                              "its value would be left out of what is signed");
      }
      continue;
    }
    if (is_keyword(*property)) {
      expand_keyword(context, key, *property, entry->value(), frame, nests);
      continue;
    }

    json::value expanded = expand_property(context, key, term, entry->value(), frame);
    if (expanded.is_null()) continue;
    if (term && term->reverse) {
      auto [slot, inserted] = frame.result.emplace("@reverse", make_object());
      json::object* reverse_map = slot->value().if_object();
      if (reverse_map == nullptr) {
        throw Failure(errors::kInvalidReversePropertyMap, "@reverse is not a map here");
      }
      for (json::value& item : as_array(std::move(expanded), storage_)) {
        if (is_value_object(item) || is_list_object(item)) {
          throw Failure(
              errors::kInvalidReversePropertyValue,
              "the value of reverse property \"" + std::string(key) + "\" must be node objects");
        }
        add_value(*reverse_map, *property, std::move(item));
      }
    } else {
      add_value(frame.result, *property, std::move(expanded));
    }
  }

  // Step 14: the entries of nested values are entries of this object.
  std::sort(nests.begin(), nests.end());
  for (const std::string_view nesting_key : nests) {
    ActiveContextPtr nested_context = context;
    if (const TermDefinition* term = context->find(nesting_key); term && term->scoped_context) {
      nested_context =
          processor_.apply_scoped(context, term->scoped_context, ContextApplication{true, true});
    }
    const json::value& nested = element.at(nesting_key);
    const auto expand_nested = [&](const json::value& value) {
      const json::object* object = value.if_object();
      const bool valid =
          object != nullptr &&
          std::none_of(object->begin(), object->end(), [&](const json::key_value_pair& entry) {
            return nested_context->expands_to_keyword(entry.key(), "@value");
          });
      if (!valid) {
        throw Failure(errors::kInvalidNestValue, "nested values must be node objects");
      }
      expand_entries(nested_context, *object, sorted_entries(*object), frame);
    };
    if (const json::array* values = nested.if_array()) {
      for (const json::value& value : *values) expand_nested(value);
    } else {
      expand_nested(nested);
    }
  }
}

void Expander::expand_keyword(const ActiveContextPtr& context, std::string_view key,
                              std::string_view keyword, const json::value& value,
                              ObjectFrame& frame, std::vector<std::string_view>& nests) {
  const bool json_ld_10 = processor_.json_ld_10();
  if (frame.property == "@reverse") {
    throw Failure(errors::kInvalidReversePropertyMap,
                  "a reverse property map cannot hold keyword \"" + std::string(keyword) + "\"");
  }
  if (frame.result.contains(keyword) && keyword != "@included" &&
      (keyword != "@type" || json_ld_10)) {
    throw Failure(errors::kCollidingKeywords, "two entries expand to " + std::string(keyword));
  }
  json::object& result = frame.result;
  const std::size_t depth = frame.depth + 1;

  if (keyword == "@id") {
    const json::string* id = value.if_string();
    if (id == nullptr) throw Failure(errors::kInvalidIdValue, "@id must be a string");
    // A reserved "@..." identifier expands to null; the node then has no usable identifier and
    // toRdf emits nothing for it (as jsonld.js does).
    std::string buffer;
    const std::optional<std::string_view> iri =
        expand_iri_view(*context, *id, kDocumentRelative, buffer);
    result.insert_or_assign("@id", iri ? json::value(make_string(*iri)) : json::value(nullptr));
  } else if (keyword == "@type") {
    json::value types = expand_types(*frame.type_scoped_context, value);
    if (json::value* existing = result.if_contains("@type")) {
      json::array merged = as_array(std::move(*existing), storage_);
      for (json::value& type : as_array(std::move(types), storage_))
        merged.push_back(std::move(type));
      *existing = std::move(merged);
    } else if (!types.is_null()) {
      result.emplace("@type", std::move(types));
    }
  } else if (keyword == "@graph") {
    result.insert_or_assign(
        "@graph", as_array(expand(context, "@graph", nullptr, value, frame.base_url, false, depth),
                           storage_));
  } else if (keyword == "@included") {
    if (json_ld_10) return;
    json::array included = as_array(
        expand(context, std::nullopt, nullptr, value, frame.base_url, false, depth), storage_);
    if (!std::all_of(included.begin(), included.end(), is_node_object)) {
      throw Failure(errors::kInvalidIncludedValue, "@included values must be node objects");
    }
    if (json::value* existing = result.if_contains("@included")) {
      json::array merged = std::move(existing->get_array());
      for (json::value& item : included) merged.push_back(std::move(item));
      *existing = std::move(merged);
    } else {
      result.emplace("@included", std::move(included));
    }
  } else if (keyword == "@value") {
    if (frame.input_type == "@json") {
      if (json_ld_10) throw Failure(errors::kInvalidValueObjectValue, "@json is not JSON-LD 1.0");
    } else if (!value.is_null() && !is_scalar(value)) {
      throw Failure(errors::kInvalidValueObjectValue, "@value must be a scalar or null");
    }
    result.insert_or_assign("@value", json::value(value, storage_));
  } else if (keyword == "@language") {
    const json::string* language = value.if_string();
    if (language == nullptr) {
      throw Failure(errors::kInvalidLanguageTaggedString, "@language must be a string");
    }
    result.insert_or_assign("@language", make_string(normalize_language_tag(*language)));
  } else if (keyword == "@direction") {
    if (json_ld_10) return;
    if (value != "ltr" && value != "rtl") {
      throw Failure(errors::kInvalidBaseDirection, "@direction must be \"ltr\" or \"rtl\"");
    }
    result.insert_or_assign("@direction", json::value(value, storage_));
  } else if (keyword == "@index") {
    if (!value.is_string()) throw Failure(errors::kInvalidIndexValue, "@index must be a string");
    result.insert_or_assign("@index", json::value(value, storage_));
  } else if (keyword == "@list") {
    if (!frame.property || *frame.property == "@graph") return;  // free-floating list
    result.insert_or_assign(
        "@list", as_array(expand(context, frame.property, context->find(*frame.property), value,
                                 frame.base_url, false, depth, /*list_items=*/true),
                          storage_));
  } else if (keyword == "@set") {
    json::value expanded =
        expand(context, frame.property, frame.property ? context->find(*frame.property) : nullptr,
               value, frame.base_url, false, depth);
    result.insert_or_assign("@set", std::move(expanded));
  } else if (keyword == "@reverse") {
    if (!value.is_object()) throw Failure(errors::kInvalidReverseValue, "@reverse must be a map");
    json::value expanded =
        expand(context, "@reverse", nullptr, value, frame.base_url, false, depth);
    json::object* reversed = expanded.if_object();
    if (reversed == nullptr) return;
    if (json::value* twice = reversed->if_contains("@reverse")) {
      for (json::key_value_pair& entry : twice->get_object()) {
        add_value(result, entry.key(), std::move(entry.value()));
      }
    }
    for (json::key_value_pair& entry : *reversed) {
      if (entry.key() == "@reverse") continue;
      auto [slot, inserted] = result.emplace("@reverse", make_object());
      json::object& reverse_map = slot->value().get_object();
      for (json::value& item : as_array(std::move(entry.value()), storage_)) {
        if (is_value_object(item) || is_list_object(item)) {
          throw Failure(errors::kInvalidReversePropertyValue,
                        "reverse property values must be node objects");
        }
        add_value(reverse_map, entry.key(), std::move(item));
      }
    }
  } else if (keyword == "@nest") {
    if (std::find(nests.begin(), nests.end(), key) == nests.end()) nests.push_back(key);
  }
  // Other keywords (@base, @vocab, ...) mean nothing as entries of a node and are dropped.
}

json::value Expander::expand_types(const ActiveContext& context, const json::value& value) const {
  const auto expand_type = [&](const json::value& type) -> json::value {
    const json::string* name = type.if_string();
    if (name == nullptr) throw Failure(errors::kInvalidTypeValue, "@type values must be strings");
    std::string buffer;
    const std::optional<std::string_view> iri =
        expand_iri_view(context, *name, kVocabOrDocumentRelative, buffer);
    if (!iri) return nullptr;
    return make_string(*iri);
  };
  if (const json::array* types = value.if_array()) {
    json::array expanded(storage_);
    for (const json::value& type : *types) {
      json::value iri = expand_type(type);
      if (!iri.is_null()) expanded.push_back(std::move(iri));
    }
    return expanded;
  }
  if (!value.is_string())
    throw Failure(errors::kInvalidTypeValue, "@type must be a string or an array of strings");
  return expand_type(value);
}

json::value Expander::expand_property(const ActiveContextPtr& context, std::string_view key,
                                      const TermDefinition* term, const json::value& value,
                                      ObjectFrame& frame) {
  const ContainerMapping containers = term ? term->containers : ContainerMapping{};
  json::value expanded(storage_);
  if (term && term->type_mapping == "@json") {
    json::object literal = make_object();
    literal.emplace("@value", json::value(value, storage_));
    literal.emplace("@type", "@json");
    expanded = std::move(literal);
  } else if (containers.has(ContainerMapping::kLanguage) && value.is_object()) {
    expanded = expand_language_map(*context, *term, value.get_object());
  } else if (containers.has_any(ContainerMapping::kIndex | ContainerMapping::kType |
                                ContainerMapping::kId) &&
             value.is_object()) {
    expanded = expand_index_map(context, key, *term, value.get_object(), frame);
  } else {
    expanded = expand(context, key, term, value, frame.base_url, false, frame.depth + 1);
  }
  if (expanded.is_null()) return expanded;

  if (containers.has(ContainerMapping::kList) && !is_list_object(expanded)) {
    json::object list = make_object();
    list.emplace("@list", as_array(std::move(expanded), storage_));
    expanded = std::move(list);
  }
  if (containers.has(ContainerMapping::kGraph) &&
      !containers.has_any(ContainerMapping::kId | ContainerMapping::kIndex)) {
    json::array graphs(storage_);
    for (json::value& item : as_array(std::move(expanded), storage_)) {
      json::object graph = make_object();
      graph.emplace("@graph", as_array(std::move(item), storage_));
      graphs.push_back(std::move(graph));
    }
    expanded = std::move(graphs);
  }
  return expanded;
}

json::array Expander::expand_language_map(const ActiveContext& context, const TermDefinition& term,
                                          const json::object& map) const {
  json::array expanded(storage_);
  const std::optional<std::string>& direction =
      term.direction_mapping ? *term.direction_mapping : context.default_direction;
  for (const json::key_value_pair* entry : sorted_entries(map)) {
    const std::string_view language = entry->key();
    const bool no_language = language == "@none" || context.expands_to_keyword(language, "@none");
    const auto add = [&](const json::value& item) {
      if (item.is_null()) return;
      if (!item.is_string()) {
        throw Failure(errors::kInvalidLanguageMapValue, "language map values must be strings");
      }
      json::object value = make_object();
      value.emplace("@value", json::value(item, storage_));
      if (!no_language) value.emplace("@language", make_string(normalize_language_tag(language)));
      if (direction) value.emplace("@direction", make_string(*direction));
      expanded.push_back(std::move(value));
    };
    if (const json::array* items = entry->value().if_array()) {
      for (const json::value& item : *items) add(item);
    } else {
      add(entry->value());
    }
  }
  return expanded;
}

json::array Expander::expand_index_map(const ActiveContextPtr& context, std::string_view key,
                                       const TermDefinition& term, const json::object& map,
                                       ObjectFrame& frame) {
  const ContainerMapping containers = term.containers;
  const bool graph = containers.has(ContainerMapping::kGraph);
  const bool by_index = containers.has(ContainerMapping::kIndex);
  const bool by_id = containers.has(ContainerMapping::kId);
  const bool by_type = containers.has(ContainerMapping::kType);
  const std::string_view index_key =
      term.index_mapping ? std::string_view(*term.index_mapping) : std::string_view("@index");
  const bool property_valued = by_index && index_key != "@index";

  json::array expanded(storage_);
  for (const json::key_value_pair* entry : sorted_entries(map)) {
    const std::string_view index = entry->key();
    ActiveContextPtr map_context = context;
    if ((by_id || by_type) && context->previous_context) map_context = context->previous_context;
    if (by_type) {
      if (const TermDefinition* type = map_context->find(index); type && type->scoped_context) {
        map_context = processor_.apply_scoped(map_context, type->scoped_context,
                                              ContextApplication{false, false});
      }
    }
    const std::optional<std::string> expanded_index = expand_iri(*context, index, kVocabRelative);
    const bool none = expanded_index == "@none";

    const TermDefinition* map_term = map_context->find(key);
    json::value items(storage_);
    if (entry->value().is_array()) {
      items =
          expand(map_context, key, map_term, entry->value(), frame.base_url, true, frame.depth + 1);
    } else {
      json::array wrapped(storage_);
      wrapped.push_back(entry->value());
      items = expand(map_context, key, map_term, wrapped, frame.base_url, true, frame.depth + 1);
    }
    for (json::value& item : items.get_array()) {
      if (graph && !is_graph_object(item)) {
        json::object wrapper = make_object();
        wrapper.emplace("@graph", as_array(std::move(item), storage_));
        item = std::move(wrapper);
      }
      json::object* object = item.if_object();
      if (object != nullptr && !none) {
        if (property_valued) {
          if (object->contains("@value")) {
            throw Failure(
                errors::kInvalidValueObject,
                "a value object cannot take the index property \"" + std::string(index_key) + "\"");
          }
          json::array values(storage_);
          values.push_back(
              expand_value(*context, context->find(index_key), json::string(index), storage_));
          const std::optional<std::string> index_property =
              expand_iri(*context, index_key, kVocabRelative);
          if (index_property) {
            if (json::value* existing = object->if_contains(*index_property)) {
              for (json::value& value : as_array(std::move(*existing), storage_)) {
                values.push_back(std::move(value));
              }
            }
            object->insert_or_assign(*index_property, std::move(values));
          }
        } else if (by_index) {
          if (!object->contains("@index")) object->emplace("@index", make_string(index));
        } else if (by_id) {
          if (!object->contains("@id")) {
            if (std::optional<std::string> id = expand_iri(*context, index, kDocumentRelative)) {
              object->emplace("@id", make_string(*id));
            }
          }
        } else if (by_type && expanded_index) {
          json::array types(storage_);
          types.push_back(make_string(*expanded_index));
          if (json::value* existing = object->if_contains("@type")) {
            for (json::value& type : as_array(std::move(*existing), storage_)) {
              types.push_back(std::move(type));
            }
          }
          object->insert_or_assign("@type", std::move(types));
        }
      }
      expanded.push_back(std::move(item));
    }
  }
  return expanded;
}

json::value Expander::finish_object(ObjectFrame& frame) const {
  json::object& result = frame.result;
  // One pass over the entries instead of a lookup per keyword.
  json::value* value = nullptr;
  json::value* type = nullptr;
  json::value* set = nullptr;
  bool has_language = false;
  bool has_direction = false;
  bool has_index = false;
  bool has_list = false;
  bool has_id = false;
  std::string_view other_entry;  // an entry a value object cannot have
  for (json::key_value_pair& entry : result) {
    const std::string_view key = entry.key();
    if (key == "@value") {
      value = &entry.value();
    } else if (key == "@type") {
      type = &entry.value();
    } else if (key == "@language") {
      has_language = true;
    } else if (key == "@direction") {
      has_direction = true;
    } else if (key == "@index") {
      has_index = true;
    } else {
      if (key == "@set") set = &entry.value();
      has_list = has_list || key == "@list";
      has_id = has_id || key == "@id";
      other_entry = key;
    }
  }

  if (value != nullptr) {  // step 15: a value object
    if (!other_entry.empty()) {
      throw Failure(errors::kInvalidValueObject,
                    "a value object cannot have entry \"" + std::string(other_entry) + "\"");
    }
    if (type && (has_language || has_direction)) {
      throw Failure(errors::kInvalidValueObject,
                    "a value object cannot have both @type and @language or @direction");
    }
    if (type && *type == "@json") return std::move(result);
    if (value->is_null() || (value->is_array() && value->get_array().empty())) return nullptr;
    if (!value->is_string() && has_language) {
      throw Failure(errors::kInvalidLanguageTaggedValue, "only strings can have a language");
    }
    if (type && !(type->is_string() && is_absolute_iri(type->get_string()))) {
      throw Failure(errors::kInvalidTypedValue, "the @type of a value must be an IRI");
    }
  } else if (type && !type->is_array()) {  // step 16
    *type = as_array(std::move(*type), storage_);
  } else if (set || has_list) {  // step 17
    if (result.size() > 2 || (result.size() == 2 && !has_index)) {
      throw Failure(errors::kInvalidSetOrListObject,
                    "a @set or @list object can only have @index besides");
    }
    if (set) return std::move(*set);
  }

  if (result.size() == 1 && has_language) return nullptr;  // step 18
  if (!frame.property || *frame.property == "@graph") {    // step 19: free-floating values
    if (result.empty() || value || has_list) return nullptr;
    if (result.size() == 1 && has_id) return nullptr;
  }
  return std::move(result);
}

}  // namespace

Result<json::array> expand(const json::value& input, const JsonLdOptions& options) {
  // The result owns its arena: one allocation per block instead of one per value.
  return expand(input, options, json::make_shared_resource<json::monotonic_resource>());
}

Result<json::array> expand(const json::value& input, const JsonLdOptions& options,
                           json::storage_ptr storage) {
  return capture([&]() -> json::array {
    std::optional<ContextCache> call_cache;
    ContextCache* cache = options.context_cache;
    if (cache == nullptr) cache = &call_cache.emplace();
    ContextProcessor processor(options, *cache);

    ActiveContextPtr context = processor.initial_context(options.base);
    if (options.expand_context) {
      const json::value* local_context = &*options.expand_context;
      if (const json::object* wrapper = local_context->if_object()) {
        if (const json::value* inner = wrapper->if_contains("@context")) local_context = inner;
      }
      context = processor.apply(context, *local_context, options.base, {});
    }

    Expander expander(options, processor, storage);
    json::value expanded =
        expander.expand(context, std::nullopt, nullptr, input, options.base, false, 0);
    if (json::object* object = expanded.if_object();
        object != nullptr && object->size() == 1 && object->contains("@graph")) {
      expanded = std::move(object->at("@graph"));
    }
    if (expanded.is_null()) return json::array(storage);
    if (json::array* array = expanded.if_array()) return std::move(*array);
    json::array wrapped(expanded.storage());
    wrapped.push_back(std::move(expanded));
    return wrapped;
  });
}

}  // namespace cairn::canon::jsonld
