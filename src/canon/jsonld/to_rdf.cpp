#include "canon/jsonld/to_rdf.h"

#include <algorithm>
#include <boost/json/monotonic_resource.hpp>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "canon/jcs/jcs.h"
#include "canon/jsonld/expansion.h"
#include "canon/jsonld/iri.h"
#include "canon/jsonld/well_formed_terms.h"
#include "canon/jsonld/xsd_lexical_form.h"

namespace cairn::canon::jsonld {
namespace json = boost::json;
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kI18n = "https://www.w3.org/ns/i18n#";
// Enough for the expanded form of a typical credential; bigger documents spill to the heap.
constexpr std::size_t kExpansionArenaBytes = 16 * 1024;

std::string rdf_iri(std::string_view local) { return std::string(kRdf) + std::string(local); }
std::string xsd_iri(std::string_view local) { return std::string(kXsd) + std::string(local); }

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
  rdf::Dataset take() { return std::move(dataset_); }

 private:
  void add(rdf::Term subject, rdf::Term predicate, rdf::Term object);
  std::optional<rdf::Term> object_to_rdf(const json::value& item);
  rdf::Term list_to_rdf(const json::array& items);
  std::optional<rdf::Term> value_to_rdf(const json::object& item);
  rdf::Term new_blank_node() { return rdf::Term::blank(issuer_.issue().substr(2)); }

  BlankNodeIssuer& issuer_;
  const JsonLdOptions& options_;
  rdf::Term graph_;
  rdf::Dataset dataset_;
};

void DatasetWriter::add(rdf::Term subject, rdf::Term predicate, rdf::Term object) {
  if (dataset_.size() >= options_.limits.max_output_values) {
    throw Failure("limit exceeded", "the dataset would hold more than " +
                                        std::to_string(options_.limits.max_output_values) +
                                        " quads");
  }
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
            add(*subject, rdf::Term::iri(rdf_iri("type")), std::move(*object));
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

rdf::Term DatasetWriter::list_to_rdf(const json::array& items) {
  if (items.empty()) return rdf::Term::iri(rdf_iri("nil"));
  std::vector<rdf::Term> cells;
  cells.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) cells.push_back(new_blank_node());
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (auto first = object_to_rdf(items[i])) {
      add(cells[i], rdf::Term::iri(rdf_iri("first")), std::move(*first));
    }
    add(cells[i], rdf::Term::iri(rdf_iri("rest")),
        i + 1 < items.size() ? cells[i + 1] : rdf::Term::iri(rdf_iri("nil")));
  }
  return cells.front();
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
  } else if (value.is_bool()) {
    lexical = value.get_bool() ? "true" : "false";
    if (!datatype) datatype = xsd_iri("boolean");
  } else if (value.is_number()) {
    const bool typed_double = datatype == xsd_iri("double");
    if (value.is_double()) {
      const double number = value.get_double();
      const bool integral =
          std::isfinite(number) && std::fmod(number, 1.0) == 0 && std::fabs(number) < 1e21;
      if (integral && !typed_double) {
        lexical = xsd_integer_lexical_form(number);
        if (!datatype) datatype = xsd_iri("integer");
      } else {
        lexical = xsd_double_lexical_form(number);
        if (!datatype) datatype = xsd_iri("double");
      }
    } else {
      if (typed_double) {
        lexical = xsd_double_lexical_form(value.to_number<double>());
      } else {
        lexical = value.is_int64() ? std::to_string(value.get_int64())
                                   : std::to_string(value.get_uint64());
        if (!datatype) datatype = xsd_iri("integer");
      }
    }
  } else if (value.is_string()) {
    lexical = value.get_string();
    if (!datatype) datatype = language ? rdf::kRdfLangString : rdf::kXsdString;
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
