#include "canon/jsonld/node_map.h"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <charconv>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "canon/jsonld/iri.h"

namespace cairn::canon::jsonld {
namespace json = boost::json;
namespace {

[[noreturn]] void fail_expanded_form(const std::string& what) {
  throw Failure("invalid expanded form", what);
}

// `value` as JSON text, cut short so that an error message stays readable.
std::string excerpt(const json::value& value) {
  constexpr std::size_t kMaxBytes = 80;
  std::string text = json::serialize(value);
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes) + "...";
  return text;
}

// Length-prefixed parts, so that no two different tuples of parts give the same key.
void append_key_part(std::string_view part, std::string& key) {
  char digits[24];
  const auto end = std::to_chars(std::begin(digits), std::end(digits), part.size()).ptr;
  key.append(digits, end);
  key += ':';
  key += part;
}

// A text of `value` with object members in code point order, so that two values are equal as
// JSON-LD compares maps exactly when their texts are equal. Strings are written length-prefixed
// rather than escaped: cheaper, and as unambiguous.
void append_canonical_text(const json::value& value, std::string& out) {
  if (value.is_string()) {
    out += '"';
    append_key_part(value.get_string(), out);
  } else if (value.is_object()) {
    const json::object& object = value.get_object();
    std::vector<const json::key_value_pair*> members;
    members.reserve(object.size());
    for (const auto& member : object) members.push_back(&member);
    std::sort(members.begin(), members.end(), [](auto* a, auto* b) { return a->key() < b->key(); });
    out += '{';
    for (const auto* member : members) {
      append_key_part(member->key(), out);
      append_canonical_text(member->value(), out);
    }
    out += '}';
  } else if (value.is_array()) {
    out += '[';
    for (const auto& item : value.get_array()) append_canonical_text(item, out);
    out += ']';
  } else {
    out += json::serialize(value);
    out += ',';  // ends the number, which could otherwise run into the next one
  }
}

// What "@id" holds in the node map for the subject `id`.
json::value id_value(const std::string& id) {
  if (id == kNullSubject) return nullptr;
  return json::string(id);
}

// Where the current element hangs: nowhere (top level, @graph, @included), under a property of a
// subject, or, for @reverse, under a property of the element itself pointing back to a subject.
struct ActiveSubject {
  enum class Kind { kNone, kSubject, kReverse } kind = Kind::kNone;
  std::string id;
};

class NodeMapGenerator {
 public:
  NodeMapGenerator(NodeMap& map, BlankNodeIssuer& issuer, const JsonLdLimits& limits)
      : map_(map), issuer_(issuer), limits_(limits) {}

  void visit(const json::value& element, const std::string& active_graph,
             const ActiveSubject& active_subject, const std::string* active_property,
             json::array* list, std::size_t depth);

 private:
  std::string relabeled(std::string_view id) {
    return is_blank_node_identifier(id) ? issuer_.relabel(id) : std::string(id);
  }
  // Appends `value` to node[property] unless an equal value is there already.
  void add_unique(const std::string& graph, const std::string& subject, json::object& node,
                  std::string_view property, json::value value);
  void visit_node(const json::object& element, const std::string& active_graph,
                  const ActiveSubject& active_subject, const std::string* active_property,
                  json::array* list, json::object* subject_node, std::size_t depth);

  NodeMap& map_;
  BlankNodeIssuer& issuer_;
  const JsonLdLimits& limits_;
  std::unordered_set<std::string> present_;  // (graph, subject, property, value) keys
  std::string key_;                          // reused to build each key
};

// `subject` is the map key of `node`, which names it as well as its "@id" does.
void NodeMapGenerator::add_unique(const std::string& graph, const std::string& subject,
                                  json::object& node, std::string_view property,
                                  json::value value) {
  key_.clear();
  append_key_part(graph, key_);
  append_key_part(subject, key_);
  append_key_part(property, key_);
  append_canonical_text(value, key_);
  if (!present_.insert(key_).second) return;
  json::value& values = node[property];
  if (!values.is_array()) values = json::array();
  values.get_array().push_back(std::move(value));
}

void NodeMapGenerator::visit(const json::value& element, const std::string& active_graph,
                             const ActiveSubject& active_subject,
                             const std::string* active_property, json::array* list,
                             std::size_t depth) {
  if (element.is_array()) {
    for (const auto& item : element.get_array()) {
      if (item.is_array()) fail_expanded_form("found an array directly inside an array");
      visit(item, active_graph, active_subject, active_property, list, depth);
    }
    return;
  }
  // Only maps count as a level: an array in expanded form always sits inside a map.
  if (depth > limits_.max_expansion_depth) {
    throw Failure("limit exceeded", "the expanded document nests deeper than " +
                                        std::to_string(limits_.max_expansion_depth) + " levels");
  }
  if (!element.is_object()) {
    fail_expanded_form("found " + excerpt(element) + " where a node, value or list object must be");
  }
  const json::object& object = element.get_object();
  NodeObjects& graph = map_.graphs[active_graph];
  json::object* subject_node = nullptr;
  if (active_subject.kind == ActiveSubject::Kind::kSubject && active_property != nullptr) {
    if (auto found = graph.find(active_subject.id); found != graph.end()) {
      subject_node = &found->second;
    }
  }

  if (object.contains("@value")) {
    json::object value = object;
    if (const json::value* type = object.if_contains("@type")) {
      if (!type->is_string()) fail_expanded_form("the @type of a value object must be a string");
      value["@type"] = relabeled(type->get_string());
    }
    if (list != nullptr) {
      list->push_back(std::move(value));
    } else if (subject_node != nullptr) {
      add_unique(active_graph, active_subject.id, *subject_node, *active_property,
                 std::move(value));
    }
    // A value with no subject is free-floating: expansion drops those, and so does the map.
    return;
  }

  if (const json::value* items = object.if_contains("@list")) {
    json::array collected;
    visit(*items, active_graph, active_subject, active_property, &collected, depth + 1);
    json::object list_object{{"@list", std::move(collected)}};
    if (list != nullptr) {
      list->push_back(std::move(list_object));
    } else if (subject_node != nullptr) {
      json::value& values = (*subject_node)[*active_property];
      if (!values.is_array()) values = json::array();
      values.get_array().push_back(std::move(list_object));
    }
    return;
  }

  visit_node(object, active_graph, active_subject, active_property, list, subject_node, depth);
}

void NodeMapGenerator::visit_node(const json::object& element, const std::string& active_graph,
                                  const ActiveSubject& active_subject,
                                  const std::string* active_property, json::array* list,
                                  json::object* subject_node, std::size_t depth) {
  const std::string id = node_subject(element, issuer_);

  // std::map never moves its elements, so `node` stays valid while nodes are added below.
  NodeObjects& graph = map_.graphs[active_graph];
  auto [position, inserted] = graph.try_emplace(id);
  json::object& node = position->second;
  if (inserted) node["@id"] = id_value(id);

  if (active_subject.kind == ActiveSubject::Kind::kReverse) {
    add_unique(active_graph, id, node, *active_property,
               json::object{{"@id", id_value(active_subject.id)}});
  } else if (active_property != nullptr) {
    json::object reference{{"@id", id_value(id)}};
    if (list != nullptr) {
      list->push_back(std::move(reference));
    } else if (subject_node != nullptr) {
      add_unique(active_graph, active_subject.id, *subject_node, *active_property,
                 std::move(reference));
    }
  }

  if (const json::value* types = element.if_contains("@type")) {
    if (!types->is_array()) fail_expanded_form("the @type of a node object must be an array");
    for (const auto& type : types->get_array()) {
      if (!type.is_string()) fail_expanded_form("every @type of a node object must be a string");
      add_unique(active_graph, id, node, "@type", json::string(relabeled(type.get_string())));
    }
  }

  if (const json::value* index = element.if_contains("@index")) {
    if (const json::value* existing = node.if_contains("@index"); existing && *existing != *index) {
      throw Failure("conflicting indexes", "node " + id + " has two different @index values: " +
                                               excerpt(*existing) + " and " + excerpt(*index));
    }
    node["@index"] = *index;
  }

  if (const json::value* reverse = element.if_contains("@reverse")) {
    if (!reverse->is_object()) fail_expanded_form("@reverse must be a map");
    const ActiveSubject referenced{ActiveSubject::Kind::kReverse, id};
    for (const auto& [property, values] : reverse->get_object()) {
      const std::string reverse_property(property);
      visit(values, active_graph, referenced, &reverse_property, nullptr, depth + 1);
    }
  }

  if (const json::value* graph_value = element.if_contains("@graph")) {
    visit(*graph_value, id, ActiveSubject{}, nullptr, nullptr, depth + 1);
  }

  if (const json::value* included = element.if_contains("@included")) {
    visit(*included, active_graph, ActiveSubject{}, nullptr, nullptr, depth + 1);
  }

  static constexpr std::string_view kHandled[] = {"@id",      "@type",  "@index",
                                                  "@reverse", "@graph", "@included"};
  std::vector<const json::key_value_pair*> properties;
  for (const auto& member : element) {
    if (std::find(std::begin(kHandled), std::end(kHandled), member.key()) != std::end(kHandled)) {
      continue;
    }
    // Keywords are not properties; expansion leaves no others in a node object.
    if (member.key().starts_with("@")) {
      fail_expanded_form("unexpected " + std::string(member.key()) + " in a node object");
    }
    properties.push_back(&member);
  }
  std::sort(properties.begin(), properties.end(),
            [](auto* a, auto* b) { return a->key() < b->key(); });
  const ActiveSubject subject{ActiveSubject::Kind::kSubject, id};
  for (const auto* member : properties) {
    const std::string property = relabeled(member->key());
    if (!node.contains(property)) node[property] = json::array();
    visit(member->value(), active_graph, subject, &property, nullptr, depth + 1);
  }
}

}  // namespace

Result<NodeMap> generate_node_map(const json::array& expanded, BlankNodeIssuer& issuer,
                                  const JsonLdLimits& limits) {
  return capture([&]() -> NodeMap {
    NodeMap map;
    NodeMapGenerator generator(map, issuer, limits);
    for (const auto& element : expanded) {
      if (element.is_array()) fail_expanded_form("found an array directly inside an array");
      generator.visit(element, kDefaultGraphName, ActiveSubject{}, nullptr, nullptr, 0);
    }
    return map;
  });
}

std::string node_subject(const json::object& node, BlankNodeIssuer& issuer) {
  const json::value* written = node.if_contains("@id");
  if (written == nullptr) return issuer.issue();
  if (written->is_null()) return kNullSubject;
  if (!written->is_string()) fail_expanded_form("@id must be a string or null");
  const std::string_view id = written->get_string();
  return is_blank_node_identifier(id) ? issuer.relabel(id) : std::string(id);
}

NodeObjects merge_node_maps(const NodeMap& node_map) {
  NodeObjects result;
  std::unordered_set<std::string> present;  // (subject, property, value) keys
  for (const auto& [graph_name, nodes] : node_map.graphs) {
    for (const auto& [id, node] : nodes) {
      json::object& merged = result[id];
      for (const auto& [property, values] : node) {
        if (property.starts_with("@") && property != "@type") {  // @id, @index
          merged[property] = values;
          continue;
        }
        json::value& target = merged[property];
        if (!target.is_array()) target = json::array();
        for (const auto& value : values.get_array()) {
          std::string key;
          append_key_part(id, key);
          append_key_part(property, key);
          append_canonical_text(value, key);
          if (present.insert(std::move(key)).second) target.get_array().push_back(value);
        }
      }
    }
  }
  return result;
}

}  // namespace cairn::canon::jsonld
