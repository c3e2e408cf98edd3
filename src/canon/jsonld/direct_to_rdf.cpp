#include "canon/jsonld/direct_to_rdf.h"

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "canon/jsonld/active_context.h"
#include "canon/jsonld/blank_node_issuer.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/context_processor.h"
#include "canon/jsonld/iri.h"
#include "canon/jsonld/iri_expansion.h"
#include "canon/jsonld/keywords.h"
#include "canon/jsonld/rdf_list.h"
#include "canon/jsonld/well_formed_terms.h"
#include "canon/jsonld/xsd_lexical_form.h"
#include "common/result.h"

namespace cairn::canon::jsonld {
namespace {

namespace json = boost::json;

// Thrown where the document leaves the constructs this path reads; the caller then takes the
// general path, which gives the same result or the right error.
struct Declined {};

constexpr std::size_t kQuadsReservedUpFront = 256;

// The term of an IRI a statement needs: only absolute, well-formed IRIs (blank node identifiers
// would need the general path's relabelling, and ill-formed IRIs its skipping rules).
rdf::Term iri_term(std::string_view iri) {
  if (is_blank_node_identifier(iri) || !is_well_formed_iri(iri)) throw Declined{};
  return rdf::Term::iri(std::string(iri));
}

// One key of a node object with what it expands to; `property` may point into `expanded`.
struct Entry {
  std::string_view key;
  const json::value* value = nullptr;
  const TermDefinition* term = nullptr;
  std::string expanded;
  std::string_view property;
};

class DirectWriter {
 public:
  // `left_out`: a member of the top-level node object to read as if it were not there.
  DirectWriter(const JsonLdOptions& options, ContextProcessor& processor, std::string_view left_out)
      : options_(options), processor_(processor), left_out_(left_out) {
    dataset_.reserve(kQuadsReservedUpFront);
  }

  // Expansion's expand_object for `element` followed by toRdf's walk of its result; returns the
  // node's subject. `property_definition` is the definition of the key it is the value of.
  rdf::Term write_node(ActiveContextPtr context, const TermDefinition* property_definition,
                       const json::object& element, std::size_t depth);

  rdf::Dataset take() { return std::move(dataset_); }

 private:
  // Expansion's expand (and expand_property) of the value `value` of `key`, each result written
  // as the object of a statement with `subject` and `predicate`.
  void write_values(const ActiveContextPtr& context, std::string_view key,
                    const TermDefinition* term, const json::value& value, const rdf::Term& subject,
                    const rdf::Term& predicate, std::size_t depth);
  // The value of a @list container property: expansion wraps it (or its items) in a list object,
  // and toRdf writes it as an rdf:first / rdf:rest collection, whose head it returns.
  rdf::Term write_list(const ActiveContextPtr& context, std::string_view key,
                       const TermDefinition* term, const json::value& value, std::size_t depth);
  // A scalar of `key`: its property's scoped context may give its type, as expansion applies it.
  std::optional<rdf::Term> scalar_value(const ActiveContextPtr& context, std::string_view key,
                                        const TermDefinition* term, const json::value& value);
  // expand_value followed by Object to RDF Conversion; nullopt where toRdf writes nothing.
  std::optional<rdf::Term> scalar_object(const ActiveContext& context,
                                         const TermDefinition* definition,
                                         const json::value& value);
  // Counts a value as expansion does, against the same limits.
  void visit(std::size_t depth) {
    if (depth > options_.limits.max_expansion_depth) throw Declined{};
    if (++values_ > options_.limits.max_output_values) throw Declined{};
  }
  void add(const rdf::Term& subject, const rdf::Term& predicate, rdf::Term object) {
    if (dataset_.size() >= options_.limits.max_output_values) throw Declined{};
    // Braces: clang 14 (the fuzz build) lacks C++20's parenthesized aggregate initialization.
    dataset_.push_back(
        rdf::Quad{subject, predicate, std::move(object), rdf::Term::default_graph()});
  }

  // Whether `key` of a node at `depth` is the top-level member read as absent.
  bool left_out(std::string_view key, std::size_t depth) const {
    return depth == 0 && !left_out_.empty() && key == left_out_;
  }

  const JsonLdOptions& options_;
  ContextProcessor& processor_;
  std::string_view left_out_;
  BlankNodeIssuer issuer_;
  rdf::Dataset dataset_;
  std::size_t values_ = 0;
};

rdf::Term DirectWriter::write_node(ActiveContextPtr context,
                                   const TermDefinition* property_definition,
                                   const json::object& element, std::size_t depth) {
  visit(depth);
  // Step 7: a type-scoped context does not reach into nested node objects (value objects, which
  // keep it, are left to the general path).
  if (context->previous_context) {
    for (const json::key_value_pair& entry : element) {
      if (left_out(entry.key(), depth)) continue;
      if (context->expands_to_keyword(entry.key(), "@value")) throw Declined{};
    }
    const bool reference_only =
        element.size() == 1 && context->expands_to_keyword(element.begin()->key(), "@id");
    if (!reference_only) context = context->previous_context;
  }
  // Steps 8 and 9: the property's scoped context, then the node's own.
  if (property_definition && property_definition->scoped_context) {
    context = processor_.apply_scoped(context, property_definition->scoped_context,
                                      ContextApplication{true, true});
  }
  if (const json::value* local_context = element.if_contains("@context")) {
    context = processor_.apply(context, *local_context, options_.base, {});
  }

  // Step 11: the type-scoped contexts of the node's types, in code point order of the types,
  // found in the context before any of them applies. One key may expand to @type.
  const ActiveContextPtr type_scoped_context = context;
  const json::key_value_pair* types_entry = nullptr;
  boost::container::small_vector<std::string_view, 4> types;
  for (const json::key_value_pair& entry : element) {
    if (left_out(entry.key(), depth)) continue;
    if (!type_scoped_context->expands_to_keyword(entry.key(), "@type")) continue;
    if (types_entry != nullptr) throw Declined{};
    types_entry = &entry;
    if (const json::string* type = entry.value().if_string()) {
      types.push_back(*type);
    } else if (const json::array* values = entry.value().if_array()) {
      for (const json::value& value : *values) {
        if (!value.is_string()) throw Declined{};
        types.push_back(value.get_string());
      }
      std::sort(types.begin(), types.end());
    } else {
      throw Declined{};
    }
  }
  for (const std::string_view type : types) {
    const TermDefinition* term = type_scoped_context->find(type);
    if (term && term->scoped_context) {
      context =
          processor_.apply_scoped(context, term->scoped_context, ContextApplication{false, false});
    }
  }

  // Step 13, first the keys: what each expands to, in the node's final context.
  boost::container::small_vector<Entry, 16> entries;
  entries.reserve(element.size());  // `property` may point into `expanded`: no reallocation
  const json::value* id = nullptr;
  for (const json::key_value_pair& member : element) {
    const std::string_view key = member.key();
    if (key == "@context" || left_out(key, depth)) continue;
    Entry& entry = entries.emplace_back();
    entry.key = key;
    entry.value = &member.value();
    entry.term = context->find(key);
    std::optional<std::string_view> property;
    if (entry.term) {
      if (entry.term->iri) property = *entry.term->iri;
    } else {
      property = expand_iri_view(*context, key, kVocabRelative, entry.expanded);
    }
    if (!property || (!is_keyword(*property) && property->find(':') == std::string_view::npos)) {
      if (options_.safe_mode) throw Declined{};  // "dropped property", from the general path
      entries.pop_back();
      continue;
    }
    if (*property == "@type") {
      if (&member != types_entry) throw Declined{};
      entries.pop_back();
    } else if (*property == "@id") {
      if (id != nullptr || !member.value().is_string()) throw Declined{};
      id = &member.value();
      entries.pop_back();
    } else if (is_keyword(*property) || (entry.term && entry.term->reverse)) {
      throw Declined{};
    } else {
      entry.property = *property;
    }
  }

  rdf::Term subject;
  if (id != nullptr) {
    std::string buffer;
    const std::optional<std::string_view> iri =
        expand_iri_view(*context, id->get_string(), kDocumentRelative, buffer);
    if (!iri) throw Declined{};
    subject = iri_term(*iri);
  } else {
    subject = rdf::Term::blank(issuer_.issue().substr(2));
  }

  static const rdf::Term type_predicate = rdf::Term::iri(rdf::kRdfType);
  for (const std::string_view type : types) {
    std::string buffer;
    const std::optional<std::string_view> iri =
        expand_iri_view(*type_scoped_context, type, kVocabOrDocumentRelative, buffer);
    if (!iri) continue;  // expands to nothing: expansion leaves it out
    if (is_blank_node_identifier(*iri)) throw Declined{};
    if (is_well_formed_iri(*iri)) add(subject, type_predicate, rdf::Term::iri(std::string(*iri)));
  }
  for (const Entry& entry : entries) {
    write_values(context, entry.key, entry.term, *entry.value, subject, iri_term(entry.property),
                 depth + 1);
  }
  return subject;
}

void DirectWriter::write_values(const ActiveContextPtr& context, std::string_view key,
                                const TermDefinition* term, const json::value& value,
                                const rdf::Term& subject, const rdf::Term& predicate,
                                std::size_t depth) {
  constexpr std::uint8_t kRead = ContainerMapping::kSet | ContainerMapping::kList;
  if (term && (term->type_mapping == "@json" ||
               term->containers.has_any(static_cast<std::uint8_t>(~kRead)))) {
    throw Declined{};
  }
  if (term && term->containers.has(ContainerMapping::kList)) {
    if (value.is_null()) {  // expands to nothing, not to an empty list
      visit(depth);
      return;
    }
    add(subject, predicate, write_list(context, key, term, value, depth));
    return;
  }
  if (const json::array* items = value.if_array()) {
    visit(depth);
    for (const json::value& item : *items) {
      write_values(context, key, term, item, subject, predicate, depth + 1);
    }
    return;
  }
  if (const json::object* object = value.if_object()) {
    add(subject, predicate, write_node(context, term, *object, depth));
    return;
  }
  visit(depth);
  if (value.is_null()) return;
  if (std::optional<rdf::Term> object = scalar_value(context, key, term, value)) {
    add(subject, predicate, std::move(*object));
  }
}

rdf::Term DirectWriter::write_list(const ActiveContextPtr& context, std::string_view key,
                                   const TermDefinition* term, const json::value& value,
                                   std::size_t depth) {
  // An item toRdf cannot write (an ill-formed IRI or datatype) still has its cell, without
  // rdf:first, as in the general path.
  std::vector<std::optional<rdf::Term>> items;
  const auto read_item = [&](const json::value& item, std::size_t item_depth) {
    if (item.is_array()) throw Declined{};  // a list of lists
    if (const json::object* object = item.if_object()) {
      items.emplace_back(write_node(context, term, *object, item_depth));
      return;
    }
    visit(item_depth);
    if (!item.is_null()) items.push_back(scalar_value(context, key, term, item));
  };
  if (const json::array* array = value.if_array()) {
    visit(depth);
    for (const json::value& item : *array) read_item(item, depth + 1);
  } else {
    read_item(value, depth);
  }

  return write_rdf_list(
      items.size(), [this] { return rdf::Term::blank(issuer_.issue().substr(2)); },
      [&](std::size_t i) { return std::move(items[i]); },
      [this](const rdf::Term& subject, const rdf::Term& predicate, rdf::Term object) {
        add(subject, predicate, std::move(object));
      });
}

std::optional<rdf::Term> DirectWriter::scalar_value(const ActiveContextPtr& context,
                                                    std::string_view key,
                                                    const TermDefinition* term,
                                                    const json::value& value) {
  if (term && term->scoped_context) {
    const ActiveContextPtr scoped =
        processor_.apply_scoped(context, term->scoped_context, ContextApplication{true, true});
    return scalar_object(*scoped, scoped->find(key), value);
  }
  return scalar_object(*context, term, value);
}

std::optional<rdf::Term> DirectWriter::scalar_object(const ActiveContext& context,
                                                     const TermDefinition* definition,
                                                     const json::value& value) {
  const std::optional<std::string>& type_mapping =
      definition ? definition->type_mapping : std::optional<std::string>();
  if (type_mapping && value.is_string() && (*type_mapping == "@id" || *type_mapping == "@vocab")) {
    std::string buffer;
    const std::optional<std::string_view> iri = expand_iri_view(
        context, value.get_string(),
        *type_mapping == "@id" ? kDocumentRelative : kVocabOrDocumentRelative, buffer);
    if (!iri) return std::nullopt;  // {"@id": null}: no statement
    if (is_blank_node_identifier(*iri)) throw Declined{};
    if (!is_well_formed_iri(*iri)) return std::nullopt;
    return rdf::Term::iri(std::string(*iri));
  }
  std::optional<std::string> datatype;
  if (type_mapping && *type_mapping != "@id" && *type_mapping != "@vocab" &&
      *type_mapping != "@none") {
    if (*type_mapping == "@json" || !is_absolute_iri(*type_mapping)) throw Declined{};
    if (!is_well_formed_iri(*type_mapping)) return std::nullopt;
    datatype = *type_mapping;
  } else if (value.is_string()) {
    const bool language = definition && definition->language_mapping
                              ? definition->language_mapping->has_value()
                              : context.default_language.has_value();
    const bool direction = definition && definition->direction_mapping
                               ? definition->direction_mapping->has_value()
                               : context.default_direction.has_value();
    if (language || direction) throw Declined{};
  }
  std::optional<LiteralForm> form = scalar_literal_form(value, std::move(datatype), false);
  if (!form) throw Declined{};
  return rdf::Term::literal(std::move(form->lexical), std::move(form->datatype));
}

}  // namespace

std::optional<rdf::Dataset> direct_to_rdf(const json::value& document,
                                          const JsonLdOptions& options) {
  const json::object* top = document.if_object();
  if (top == nullptr) return std::nullopt;
  return direct_to_rdf(*top, options);
}

std::optional<rdf::Dataset> direct_to_rdf(const json::object& document,
                                          const JsonLdOptions& options, std::string_view left_out) {
  if (options.expand_context || options.processing_mode != ProcessingMode::kJsonLd11 ||
      left_out.starts_with('@')) {
    return std::nullopt;
  }
  try {
    std::optional<ContextCache> call_cache;
    ContextCache* cache = options.context_cache;
    if (cache == nullptr) cache = &call_cache.emplace();
    ContextProcessor processor(options, *cache);
    DirectWriter writer(options, processor, left_out);
    writer.write_node(processor.initial_context(options.base), nullptr, document, 0);
    return writer.take();
  } catch (const Declined&) {
    return std::nullopt;
  } catch (const Failure&) {  // a context the processor refuses: the general path says why
    return std::nullopt;
  }
}

}  // namespace cairn::canon::jsonld
