// Unit tests of Node Map Generation, Merge Node Maps and the blank node identifier issuer, on
// hand-written expanded documents whose node maps follow from the JSON-LD 1.1 algorithm steps.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <string>

#include "canon/jsonld/blank_node_issuer.h"
#include "canon/jsonld/node_map.h"

namespace cairn::canon::jsonld {
namespace {

namespace json = boost::json;

NodeMap node_map_of(std::string_view expanded, const JsonLdLimits& limits = {}) {
  BlankNodeIssuer issuer;
  Result<NodeMap> result = generate_node_map(json::parse(expanded).as_array(), issuer, limits);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().to_string());
  return result.ok() ? std::move(result).value() : NodeMap{};
}

Error error_of(std::string_view expanded, const JsonLdLimits& limits = {}) {
  BlankNodeIssuer issuer;
  Result<NodeMap> result = generate_node_map(json::parse(expanded).as_array(), issuer, limits);
  EXPECT_FALSE(result.ok()) << expanded << " was accepted";
  return result.ok() ? Error{} : result.error();
}

// The node at graph/subject, compared with `expected` as JSON (member order ignored).
void expect_node(const NodeMap& map, const std::string& graph, const std::string& subject,
                 std::string_view expected) {
  ASSERT_TRUE(map.graphs.contains(graph)) << "no graph " << graph;
  const NodeObjects& nodes = map.graphs.at(graph);
  ASSERT_TRUE(nodes.contains(subject)) << "no node " << subject << " in " << graph;
  EXPECT_EQ(json::value(nodes.at(subject)), json::parse(expected))
      << "node " << subject << " is " << json::serialize(nodes.at(subject));
}

TEST(BlankNodeIssuer, IssuesCountingLabelsAndRelabelsConsistently) {
  BlankNodeIssuer issuer;
  EXPECT_EQ(issuer.issue(), "_:b0");
  EXPECT_EQ(issuer.relabel("_:x"), "_:b1");
  EXPECT_EQ(issuer.relabel("_:y"), "_:b2");
  EXPECT_EQ(issuer.relabel("_:x"), "_:b1");
  EXPECT_EQ(issuer.issue(), "_:b3");
  EXPECT_EQ(issuer.issued_count(), 4u);
  BlankNodeIssuer other("_:c14n");
  EXPECT_EQ(other.relabel("_:b0"), "_:c14n0");
}

TEST(NodeMap, FlattensNestedNodesIntoReferences) {
  const NodeMap map = node_map_of(R"([{
    "@id": "http://ex/a",
    "http://ex/knows": [{"@id": "http://ex/b", "http://ex/name": [{"@value": "B"}]}]
  }])");
  ASSERT_EQ(map.graphs.size(), 1u);
  EXPECT_EQ(map.graphs.at("@default").size(), 2u);
  expect_node(map, "@default", "http://ex/a",
              R"({"@id": "http://ex/a", "http://ex/knows": [{"@id": "http://ex/b"}]})");
  expect_node(map, "@default", "http://ex/b",
              R"({"@id": "http://ex/b", "http://ex/name": [{"@value": "B"}]})");
}

TEST(NodeMap, RelabelsWrittenBlankNodesAndNamesUnnamedNodes) {
  // Properties are visited in code point order, so http://ex/p (the unnamed node) comes first.
  const NodeMap map = node_map_of(R"([{
    "@id": "_:written",
    "@type": ["_:type"],
    "http://ex/q": [{"@id": "_:written"}],
    "http://ex/p": [{"http://ex/r": [{"@value": 1}]}]
  }])");
  // _:written -> b0, its type _:type -> b1, the unnamed node -> b2.
  expect_node(map, "@default", "_:b0",
              R"({"@id": "_:b0", "@type": ["_:b1"], "http://ex/p": [{"@id": "_:b2"}],
                  "http://ex/q": [{"@id": "_:b0"}]})");
  expect_node(map, "@default", "_:b2", R"({"@id": "_:b2", "http://ex/r": [{"@value": 1}]})");
  EXPECT_FALSE(map.graphs.at("@default").contains("_:written"));
}

TEST(NodeMap, RelabelsBlankNodePropertiesAndValueDatatypes) {
  const NodeMap map =
      node_map_of(R"([{"@id": "http://ex/a", "_:p": [{"@value": "v", "@type": "_:dt"}]}])");
  // The property is relabeled before its value is visited.
  expect_node(map, "@default", "http://ex/a",
              R"({"@id": "http://ex/a", "_:b0": [{"@value": "v", "@type": "_:b1"}]})");
}

TEST(NodeMap, MergesDescriptionsOfOneSubjectWithoutDuplicates) {
  const NodeMap map = node_map_of(R"([
    {"@id": "http://ex/a", "@type": ["http://ex/T"], "http://ex/p": [{"@value": "x", "@language": "en"}]},
    {"@id": "http://ex/a", "@type": ["http://ex/T", "http://ex/U"],
     "http://ex/p": [{"@language": "en", "@value": "x"}, {"@value": "y"}]}
  ])");
  expect_node(map, "@default", "http://ex/a",
              R"({"@id": "http://ex/a", "@type": ["http://ex/T", "http://ex/U"],
                  "http://ex/p": [{"@value": "x", "@language": "en"}, {"@value": "y"}]})");
}

TEST(NodeMap, KeepsListsAndTheirDuplicates) {
  const NodeMap map = node_map_of(R"([{
    "@id": "http://ex/a",
    "http://ex/l": [{"@list": [{"@value": 1}, {"@value": 1}, {"@id": "http://ex/b"},
                               {"@list": []}]},
                    {"@list": [{"@value": 1}]}, {"@list": [{"@value": 1}]}]
  }])");
  expect_node(map, "@default", "http://ex/a",
              R"({"@id": "http://ex/a", "http://ex/l": [
                   {"@list": [{"@value": 1}, {"@value": 1}, {"@id": "http://ex/b"}, {"@list": []}]},
                   {"@list": [{"@value": 1}]}, {"@list": [{"@value": 1}]}]})");
  expect_node(map, "@default", "http://ex/b", R"({"@id": "http://ex/b"})");
}

TEST(NodeMap, TurnsReversePropertiesAround) {
  const NodeMap map = node_map_of(R"([{
    "@id": "http://ex/child",
    "@reverse": {"http://ex/parentOf": [{"@id": "http://ex/mother"}, {"@id": "http://ex/father"}]}
  }])");
  expect_node(map, "@default", "http://ex/mother",
              R"({"@id": "http://ex/mother", "http://ex/parentOf": [{"@id": "http://ex/child"}]})");
  expect_node(map, "@default", "http://ex/father",
              R"({"@id": "http://ex/father", "http://ex/parentOf": [{"@id": "http://ex/child"}]})");
  expect_node(map, "@default", "http://ex/child", R"({"@id": "http://ex/child"})");
}

TEST(NodeMap, PutsGraphContentInANamedGraphAndIncludedNodesInTheSameGraph) {
  const NodeMap map = node_map_of(R"([{
    "@id": "http://ex/g",
    "@graph": [{"@id": "http://ex/inside", "http://ex/p": [{"@value": "in"}]}],
    "@included": [{"@id": "http://ex/extra", "http://ex/p": [{"@value": "out"}]}]
  }])");
  ASSERT_EQ(map.graphs.size(), 2u);
  expect_node(map, "@default", "http://ex/g", R"({"@id": "http://ex/g"})");
  expect_node(map, "@default", "http://ex/extra",
              R"({"@id": "http://ex/extra", "http://ex/p": [{"@value": "out"}]})");
  expect_node(map, "http://ex/g", "http://ex/inside",
              R"({"@id": "http://ex/inside", "http://ex/p": [{"@value": "in"}]})");
  EXPECT_FALSE(map.graphs.at("http://ex/g").contains("http://ex/extra"));
}

TEST(NodeMap, KeepsOneIndexAndRejectsAConflictingOne) {
  const NodeMap map = node_map_of(
      R"([{"@id": "http://ex/a", "@index": "i"}, {"@id": "http://ex/a", "@index": "i"}])");
  expect_node(map, "@default", "http://ex/a", R"({"@id": "http://ex/a", "@index": "i"})");
  const Error error =
      error_of(R"([{"@id": "http://ex/a", "@index": "i"}, {"@id": "http://ex/a", "@index": "j"}])");
  EXPECT_EQ(error.code, "conflicting indexes");
  EXPECT_NE(error.message.find("http://ex/a"), std::string::npos) << error.message;
}

TEST(NodeMap, IndexesNodesWhoseIdExpansionDroppedUnderTheNullSubject) {
  const NodeMap map = node_map_of(
      R"([{"@id": "http://ex/a", "http://ex/p": [{"@id": null, "http://ex/q": [{"@value": 1}]}]}])");
  expect_node(map, "@default", "http://ex/a",
              R"({"@id": "http://ex/a", "http://ex/p": [{"@id": null}]})");
  expect_node(map, "@default", kNullSubject, R"({"@id": null, "http://ex/q": [{"@value": 1}]})");
}

TEST(NodeMap, DropsValuesWithoutSubject) {
  const NodeMap map = node_map_of(R"([{"@value": "free"}, {"@list": [{"@value": 1}]}])");
  for (const auto& [name, nodes] : map.graphs) EXPECT_TRUE(nodes.empty()) << name;
}

TEST(NodeMap, RejectsWhatIsNotExpandedForm) {
  EXPECT_EQ(error_of(R"(["a string"])").code, "invalid expanded form");
  EXPECT_EQ(error_of(R"([[{"@id": "http://ex/a"}]])").code, "invalid expanded form");
  EXPECT_EQ(error_of(R"([{"@id": 5}])").code, "invalid expanded form");
  EXPECT_EQ(error_of(R"([{"@id": "http://ex/a", "@type": "http://ex/T"}])").code,
            "invalid expanded form");
  EXPECT_EQ(error_of(R"([{"@id": "http://ex/a", "http://ex/p": [3]}])").code,
            "invalid expanded form");
  EXPECT_EQ(
      error_of(R"([{"@id": "http://ex/a", "@context": {"http://ex/p": [{"@value": 1}]}}])").code,
      "invalid expanded form");
}

TEST(NodeMap, EnforcesTheDepthLimitAtItsBoundary) {
  JsonLdLimits limits;
  limits.max_expansion_depth = 3;
  // Three nested node objects and a value object: maps at depths 0 to 3.
  const std::string four_levels =
      R"([{"http://ex/p": [{"http://ex/p": [{"http://ex/p": [{"@value": 1}]}]}]}])";
  node_map_of(four_levels, limits);
  limits.max_expansion_depth = 2;
  EXPECT_EQ(error_of(four_levels, limits).code, "limit exceeded");
}

TEST(MergeNodeMaps, MergesEachSubjectAcrossGraphs) {
  const NodeMap map = node_map_of(R"([
    {"@id": "http://ex/a", "@type": ["http://ex/T"], "http://ex/p": [{"@value": 1}]},
    {"@id": "http://ex/g", "@graph": [
      {"@id": "http://ex/a", "@type": ["http://ex/T", "http://ex/U"], "@index": "k",
       "http://ex/p": [{"@value": 1}, {"@value": 2}]}]}
  ])");
  const NodeObjects merged = merge_node_maps(map);
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(json::value(merged.at("http://ex/a")),
            json::parse(R"({"@id": "http://ex/a", "@type": ["http://ex/T", "http://ex/U"],
                            "@index": "k", "http://ex/p": [{"@value": 1}, {"@value": 2}]})"));
  EXPECT_EQ(json::value(merged.at("http://ex/g")), json::parse(R"({"@id": "http://ex/g"})"));
}

}  // namespace
}  // namespace cairn::canon::jsonld
