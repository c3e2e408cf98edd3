#include "canon/jsonld/to_rdf.h"

#include <algorithm>
#include <boost/json/monotonic_resource.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "canon/jcs/jcs.h"
#include "canon/jsonld/expansion.h"
#include "canon/jsonld/iri.h"
#include "canon/jsonld/rdf_list.h"
#include "canon/jsonld/well_formed_terms.h"
#include "canon/jsonld/xsd_lexical_form.h"

namespace cairn::canon::jsonld {
namespace json = boost::json;
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kI18n = "https://www.w3.org/ns/i18n#";
// Enough for the expanded form of a typical credential; bigger documents spill to the heap.
constexpr std::size_t kExpansionArenaBytes = 16 * 1024;
constexpr std::size_t kTypicalDocumentQuads = 256;

std::string rdf_iri(std::string_view local) { return std::string(kRdf) + std::string(local); }
const rdf::Term& rdf_type() {
  static const rdf::Term type = rdf::Term::iri(rdf::kRdfType);
  return type;
}

std::string to_lower_ascii(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return lower;
}

std::string_view kind_name(const json::value& value) {
  switch (value.kind()) {
    case json::kind::object:
      return "map";
    case json::kind::array:
      return "array";
    case json::kind::null:
      return "null";
    case json::kind::string:
      return "string";
    case json::kind::bool_:
      return "boolean";
    default:
      return "number";
  }
}

// The term for a node identifier, or nullopt when it is neither a blank node identifier nor a
// well-formed IRI (a relative IRI reference, for one).
std::optional<rdf::Term> node_term(std::string_view id) {
  if (is_blank_node_identifier(id)) return rdf::Term::blank(std::string(id.substr(2)));
  if (is_well_formed_iri(id)) return rdf::Term::iri(std::string(id));
  return std::nullopt;
}

class DatasetWriter {
 public:
  DatasetWriter(BlankNodeIssuer& issuer, const JsonLdOptions& options)
      : issuer_(issuer), options_(options) {}

  // Makes room for `quads` quads up front: growing the dataset moves every quad it holds.
  void reserve(std::size_t quads) {
    dataset_.reserve(std::min<std::size_t>(quads, options_.limits.max_output_values));
  }
  void write_graph(const std::string& graph_name, const NodeObjects& nodes);
  // Writes the statements of an expanded document straight from it (see
  // expanded_to_rdf_in_document_order).
  void write_expanded(const json::array& expanded);
  rdf::Dataset take() { return std::move(dataset_); }

 private:
  // The node objects of one graph of the document, as the walk of write_expanded meets them.
  struct GraphInWalk {
    std::string name;  // "@default", or the relabeled identifier naming the graph
    bool written;      // false when the name is not a well-formed IRI or blank node identifier
  };
  // Where the element being walked hangs: its subject and predicate when both make a statement
  // (else nullopt), and whether it sits under @reverse (the statement then points back).
  struct Attachment {
    const std::optional<rdf::Term>* subject = nullptr;
    const std::optional<rdf::Term>* predicate = nullptr;
    bool reverse = false;
  };

  void walk(const json::value& element, const GraphInWalk& graph, const Attachment& attachment,
            std::vector<std::optional<rdf::Term>>* list, std::size_t depth);
  std::optional<rdf::Term> walk_node(const json::object& node, const GraphInWalk& graph,
                                     std::size_t depth);
  void check_index(const GraphInWalk& graph, const std::string& id, const json::value& index);
  std::string relabeled(std::string_view id) {
    return is_blank_node_identifier(id) ? issuer_.relabel(id) : std::string(id);
  }
  // List to RDF Conversion of `count` items: a blank node per item first, then each item's term
  // from `item_term(i)` (nullopt leaves rdf:first out).
  template <typename ItemTerm>
  rdf::Term write_list(std::size_t count, ItemTerm item_term);
  rdf::Term list_of(std::vector<std::optional<rdf::Term>>& items) {
    return write_list(items.size(), [&](std::size_t i) { return std::move(items[i]); });
  }

  void add(rdf::Term subject, rdf::Term predicate, rdf::Term object);
  std::optional<rdf::Term> object_to_rdf(const json::value& item);
  rdf::Term list_to_rdf(const json::array& items);
  std::optional<rdf::Term> value_to_rdf(const json::object& item);
  rdf::Term new_blank_node() { return rdf::Term::blank(issuer_.issue().substr(2)); }

  BlankNodeIssuer& issuer_;
  const JsonLdOptions& options_;
  rdf::Term graph_;
  rdf::Dataset dataset_;
  // write_expanded: the @index of each node that has one, by graph and subject, so that two
  // different ones fail as node map generation fails ("conflicting indexes").
  std::unordered_map<std::string, json::value> indexes_;
};

void DatasetWriter::add(rdf::Term subject, rdf::Term predicate, rdf::Term object) {
  if (dataset_.size() >= options_.limits.max_output_values) {
    throw Failure("limit exceeded", "the dataset would hold more than " +
                                        std::to_string(options_.limits.max_output_values) +
                                        " quads");
  }
  // Braces: clang 14 (the fuzz build) lacks C++20's parenthesized aggregate initialization.
  dataset_.push_back(
      rdf::Quad{std::move(subject), std::move(predicate), std::move(object), graph_});
}

void DatasetWriter::write_graph(const std::string& graph_name, const NodeObjects& nodes) {
  if (graph_name == kDefaultGraphName) {
    graph_ = rdf::Term::default_graph();
  } else if (auto name = node_term(graph_name)) {
    graph_ = std::move(*name);
  } else {
    return;
  }
  for (const auto& [subject_id, node] : nodes) {
    const std::optional<rdf::Term> subject = node_term(subject_id);
    if (!subject) continue;
    std::vector<const json::key_value_pair*> entries;
    for (const auto& entry : node) entries.push_back(&entry);
    std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->key() < b->key(); });
    for (const auto* entry : entries) {
      const std::string_view property = entry->key();
      if (!entry->value().is_array()) continue;  // @id, @index
      const json::array& values = entry->value().get_array();
      if (property == "@type") {
        for (const auto& type : values) {
          if (!type.is_string()) continue;
          if (auto object = node_term(type.get_string())) {
            add(*subject, rdf_type(), std::move(*object));
          }
        }
        continue;
      }
      if (property.starts_with("@")) continue;
      if (is_blank_node_identifier(property) && !options_.produce_generalized_rdf) continue;
      const std::optional<rdf::Term> predicate = node_term(property);
      if (!predicate) continue;
      for (const auto& item : values) {
        if (auto object = object_to_rdf(item)) add(*subject, *predicate, std::move(*object));
      }
    }
  }
}

std::optional<rdf::Term> DatasetWriter::object_to_rdf(const json::value& item) {
  if (!item.is_object()) {
    throw Failure("invalid expanded form", "found a " + std::string(kind_name(item)) +
                                               " where a node, value or list object must be");
  }
  const json::object& object = item.get_object();
  if (object.contains("@value")) return value_to_rdf(object);
  if (const json::value* list = object.if_contains("@list")) {
    if (!list->is_array()) throw Failure("invalid expanded form", "@list must be an array");
    return list_to_rdf(list->get_array());
  }
  const json::value* id = object.if_contains("@id");
  if (id == nullptr || !(id->is_string() || id->is_null())) {
    throw Failure("invalid expanded form", "a node reference must have a string or null @id");
  }
  if (id->is_null()) return std::nullopt;  // a node whose @id expansion dropped
  return node_term(id->get_string());
}

template <typename ItemTerm>
rdf::Term DatasetWriter::write_list(std::size_t count, ItemTerm item_term) {
  return write_rdf_list(
      count, [this] { return new_blank_node(); }, item_term,
      [this](const rdf::Term& subject, const rdf::Term& predicate, rdf::Term object) {
        add(subject, predicate, std::move(object));
      });
}

rdf::Term DatasetWriter::list_to_rdf(const json::array& items) {
  return write_list(items.size(), [&](std::size_t i) { return object_to_rdf(items[i]); });
}

std::optional<rdf::Term> DatasetWriter::value_to_rdf(const json::object& item) {
  const json::value& value = item.at("@value");
  std::optional<std::string> datatype;
  if (const json::value* type = item.if_contains("@type")) {
    if (!type->is_string()) throw Failure("invalid expanded form", "@type must be a string");
    datatype = std::string(type->get_string());
    if (*datatype != "@json" && !is_well_formed_iri(*datatype)) return std::nullopt;
  }
  std::optional<std::string> language;
  if (const json::value* tag = item.if_contains("@language")) {
    if (!tag->is_string()) throw Failure("invalid expanded form", "@language must be a string");
    if (!is_well_formed_language_tag(tag->get_string())) return std::nullopt;
    language = std::string(tag->get_string());
  }

  std::string lexical;
  if (datatype == "@json") {
    Result<std::string> canonical = jcs::canonicalize(value);
    if (!canonical) throw Failure(canonical.error().code, canonical.error().message);
    lexical = std::move(canonical.value());
    datatype = rdf_iri("JSON");
  } else if (std::optional<LiteralForm> form =
                 scalar_literal_form(value, std::move(datatype), language.has_value())) {
    lexical = std::move(form->lexical);
    datatype = std::move(form->datatype);
  } else {
    throw Failure("invalid expanded form",
                  "an @value that is a " + std::string(kind_name(value)) + " needs @type @json");
  }

  const json::value* direction = item.if_contains("@direction");
  if (direction != nullptr && direction->is_string() && options_.rdf_direction) {
    const std::string lower_language = language ? to_lower_ascii(*language) : std::string();
    const std::string direction_text(direction->get_string());
    if (*options_.rdf_direction == RdfDirection::kI18nDatatype) {
      return rdf::Term::literal(std::move(lexical),
                                std::string(kI18n) + lower_language + "_" + direction_text);
    }
    rdf::Term literal = new_blank_node();
    add(literal, rdf::Term::iri(rdf_iri("value")), rdf::Term::literal(std::move(lexical)));
    if (language) {
      add(literal, rdf::Term::iri(rdf_iri("language")), rdf::Term::literal(lower_language));
    }
    add(literal, rdf::Term::iri(rdf_iri("direction")), rdf::Term::literal(direction_text));
    return literal;
  }
  return rdf::Term::literal(std::move(lexical), std::move(*datatype),
                            language ? std::move(*language) : std::string());
}

// The walk mirrors Node Map Generation (node_map.cpp) step for step, but instead of recording
// each node's entries it writes their statements at once: a statement needs a subject, a
// predicate and a graph that can be written, and where node_map_to_rdf would skip one, the walk
// still visits what hangs below it, as node map generation does.
void DatasetWriter::write_expanded(const json::array& expanded) {
  const GraphInWalk default_graph{kDefaultGraphName, true};
  graph_ = rdf::Term::default_graph();
  // Growing the dataset moves every quad it holds; a credential makes fewer statements than this.
  reserve(kTypicalDocumentQuads);
  for (const auto& element : expanded) {
    if (element.is_array()) {
      throw Failure("invalid expanded form", "found an array directly inside an array");
    }
    walk(element, default_graph, Attachment{}, nullptr, 0);
  }
}

void DatasetWriter::walk(const json::value& element, const GraphInWalk& graph,
                         const Attachment& attachment, std::vector<std::optional<rdf::Term>>* list,
                         std::size_t depth) {
  if (element.is_array()) {
    for (const auto& item : element.get_array()) {
      if (item.is_array()) {
        throw Failure("invalid expanded form", "found an array directly inside an array");
      }
      walk(item, graph, attachment, list, depth);
    }
    return;
  }
  if (depth > options_.limits.max_expansion_depth) {
    throw Failure("limit exceeded", "the expanded document nests deeper than " +
                                        std::to_string(options_.limits.max_expansion_depth) +
                                        " levels");
  }
  if (!element.is_object()) {
    throw Failure("invalid expanded form", "found a " + std::string(kind_name(element)) +
                                               " where a node, value or list object must be");
  }
  const json::object& object = element.get_object();
  // A statement can be written when the element hangs under a subject and predicate that are
  // terms, in a graph that is written; under @reverse only node objects make one (pointing back).
  const bool writable = attachment.subject != nullptr && attachment.subject->has_value() &&
                        attachment.predicate->has_value() && graph.written;
  const bool attached = writable && !attachment.reverse;

  if (object.contains("@value")) {
    if (const json::value* type = object.if_contains("@type"); type && !type->is_string()) {
      throw Failure("invalid expanded form", "the @type of a value object must be a string");
    }
    if (list != nullptr) {
      list->push_back(attached ? value_to_rdf(object) : std::nullopt);
    } else if (attached) {
      if (auto literal = value_to_rdf(object)) {
        add(**attachment.subject, **attachment.predicate, std::move(*literal));
      }
    }
    return;
  }

  if (const json::value* items = object.if_contains("@list")) {
    std::vector<std::optional<rdf::Term>> cells;
    walk(*items, graph, attachment, &cells, depth + 1);
    if (list != nullptr) {
      list->push_back(attached ? std::optional(list_of(cells)) : std::nullopt);
    } else if (attached) {
      add(**attachment.subject, **attachment.predicate, list_of(cells));
    }
    return;
  }

  std::optional<rdf::Term> node = walk_node(object, graph, depth);
  if (attachment.reverse) {
    if (node && writable) {
      add(std::move(*node), **attachment.predicate, **attachment.subject);
    }
  } else if (list != nullptr) {
    list->push_back(std::move(node));
  } else if (attached && node) {
    add(**attachment.subject, **attachment.predicate, std::move(*node));
  }
}

std::optional<rdf::Term> DatasetWriter::walk_node(const json::object& node,
                                                  const GraphInWalk& graph, std::size_t depth) {
  const std::string id = node_subject(node, issuer_);
  const std::optional<rdf::Term> subject = node_term(id);
  const bool writes = subject.has_value() && graph.written;

  if (const json::value* types = node.if_contains("@type")) {
    if (!types->is_array()) {
      throw Failure("invalid expanded form", "the @type of a node object must be an array");
    }
    for (const auto& type : types->get_array()) {
      if (!type.is_string()) {
        throw Failure("invalid expanded form", "every @type of a node object must be a string");
      }
      if (!writes) continue;
      if (auto object = node_term(relabeled(type.get_string()))) {
        add(*subject, rdf_type(), std::move(*object));
      }
    }
  }
  if (const json::value* index = node.if_contains("@index")) check_index(graph, id, *index);

  if (const json::value* reverse = node.if_contains("@reverse")) {
    if (!reverse->is_object()) throw Failure("invalid expanded form", "@reverse must be a map");
    for (const auto& [property, values] : reverse->get_object()) {
      const std::optional<rdf::Term> predicate = node_term(relabeled(property));
      const std::optional<rdf::Term> usable =
          predicate &&
                  (predicate->kind != rdf::TermKind::kBlankNode || options_.produce_generalized_rdf)
              ? predicate
              : std::nullopt;
      walk(values, graph, Attachment{&subject, &usable, true}, nullptr, depth + 1);
    }
  }
  if (const json::value* graph_value = node.if_contains("@graph")) {
    const GraphInWalk named{id, subject.has_value()};
    rdf::Term outer = graph_;
    if (subject) graph_ = *subject;
    walk(*graph_value, named, Attachment{}, nullptr, depth + 1);
    graph_ = std::move(outer);
  }
  if (const json::value* included = node.if_contains("@included")) {
    walk(*included, graph, Attachment{}, nullptr, depth + 1);
  }

  static constexpr std::string_view kHandled[] = {"@id",      "@type",  "@index",
                                                  "@reverse", "@graph", "@included"};
  for (const auto& member : node) {
    if (std::find(std::begin(kHandled), std::end(kHandled), member.key()) != std::end(kHandled)) {
      continue;
    }
    if (member.key().starts_with("@")) {
      throw Failure("invalid expanded form",
                    "unexpected " + std::string(member.key()) + " in a node object");
    }
    std::optional<rdf::Term> predicate = node_term(relabeled(member.key()));
    if (predicate && predicate->kind == rdf::TermKind::kBlankNode &&
        !options_.produce_generalized_rdf) {
      predicate.reset();
    }
    walk(member.value(), graph, Attachment{&subject, &predicate, false}, nullptr, depth + 1);
  }
  return subject;
}

void DatasetWriter::check_index(const GraphInWalk& graph, const std::string& id,
                                const json::value& index) {
  // The graph name's length first, so that no two (graph, subject) pairs give the same key.
  std::string key = std::to_string(graph.name.size()) + ':' + graph.name + id;
  const auto [position, inserted] = indexes_.try_emplace(std::move(key), index);
  if (!inserted && position->second != index) {
    throw Failure("conflicting indexes", "node " + id + " has two different @index values");
  }
}

}  // namespace

Result<rdf::Dataset> node_map_to_rdf(const NodeMap& node_map, BlankNodeIssuer& issuer,
                                     const JsonLdOptions& options) {
  return capture([&] {
    DatasetWriter writer(issuer, options);
    // One quad per property value (lists and directed literals add a few more).
    std::size_t value_count = 0;
    for (const auto& [graph_name, nodes] : node_map.graphs) {
      for (const auto& [subject, node] : nodes) {
        for (const auto& entry : node) {
          if (entry.value().is_array()) value_count += entry.value().get_array().size();
        }
      }
    }
    writer.reserve(value_count);
    for (const auto& [graph_name, nodes] : node_map.graphs) writer.write_graph(graph_name, nodes);
    return writer.take();
  });
}

Result<rdf::Dataset> expanded_to_rdf(const json::array& expanded, const JsonLdOptions& options) {
  BlankNodeIssuer issuer;
  Result<NodeMap> node_map = generate_node_map(expanded, issuer, options.limits);
  if (!node_map) return node_map.error();
  return node_map_to_rdf(*node_map, issuer, options);
}

Result<rdf::Dataset> expanded_to_rdf_in_document_order(const json::array& expanded,
                                                       const JsonLdOptions& options) {
  if (options.rdf_direction == RdfDirection::kCompoundLiteral) {
    return expanded_to_rdf(expanded, options);
  }
  return capture([&] {
    BlankNodeIssuer issuer;
    DatasetWriter writer(issuer, options);
    writer.write_expanded(expanded);
    return writer.take();
  });
}

Result<rdf::Dataset> to_rdf(const json::value& input, const JsonLdOptions& options) {
  // The expanded document lives only for this call, so it goes in an arena that starts on the
  // stack: a credential's expansion then allocates nothing from the heap and frees nothing value
  // by value.
  alignas(std::max_align_t) unsigned char initial_block[kExpansionArenaBytes];
  json::monotonic_resource arena(initial_block, sizeof initial_block);
  Result<json::array> expanded = expand(input, options, &arena);
  if (!expanded) return expanded.error();
  return expanded_to_rdf(*expanded, options);
}

}  // namespace cairn::canon::jsonld
