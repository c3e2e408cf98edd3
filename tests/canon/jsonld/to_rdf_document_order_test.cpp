// expanded_to_rdf_in_document_order against expanded_to_rdf on hand-written expanded documents
// that reach the corners of node map generation: the two must give isomorphic datasets (equal
// RDFC-1.0 canonical N-Quads) or the same error code. The W3C toRdf suite is compared the same
// way in to_rdf_conformance_test.cpp.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <string>

#include "canon/jsonld/to_rdf.h"
#include "canon/rdf/nquads_serializer.h"
#include "canon/rdfc/canonicalize.h"

namespace cairn::canon::jsonld {
namespace {

namespace json = boost::json;

struct Converted {
  std::string canonical;  // canonical N-Quads, or "error: CODE"
  std::string written;    // the dataset as converted, N-Quads
};

Converted convert(bool document_order, std::string_view expanded, const JsonLdOptions& options) {
  json::parse_options deep;
  deep.max_depth = 256;
  const json::array document = json::parse(expanded, {}, deep).as_array();
  const Result<rdf::Dataset> dataset = document_order
                                           ? expanded_to_rdf_in_document_order(document, options)
                                           : expanded_to_rdf(document, options);
  if (!dataset) return {"error: " + dataset.error().code, ""};
  const Result<rdfc::CanonicalForm> form = rdfc::canonicalize(*dataset);
  return {form.ok() ? form->nquads : "rdfc error: " + form.error().code, rdf::to_nquads(*dataset)};
}

void expect_same_dataset(std::string_view expanded, const JsonLdOptions& options = {}) {
  const Converted by_node_map = convert(false, expanded, options);
  const Converted in_order = convert(true, expanded, options);
  EXPECT_EQ(in_order.canonical, by_node_map.canonical) << "for " << expanded;
}

TEST(ToRdfInDocumentOrder, WritesEveryKindOfStatementTheNodeMapDoes) {
  // Types, values, references, nested nodes, the same node met twice with other properties.
  expect_same_dataset(R"([{"@id": "http://ex/s", "@type": ["http://ex/T", "_:t"],
    "http://ex/p": [{"@value": 1}, {"@value": "x", "@language": "en"}, {"@id": "http://ex/o"},
                    {"http://ex/q": [{"@value": true}]}, {"@id": "_:n", "http://ex/r": [{"@value": 2.5}]}],
    "http://ex/again": [{"@id": "http://ex/s", "http://ex/more": [{"@value": "merged"}]}]},
    {"@id": "_:n", "http://ex/r": [{"@value": 2.5}], "http://ex/p": [{"@id": "http://ex/s"}]}])");
  // Duplicate values under one property are one statement.
  expect_same_dataset(R"([{"@id": "http://ex/s", "http://ex/p": [{"@value": 1}, {"@value": 1},
    {"@id": "_:a"}, {"@id": "_:a"}]}])");
}

TEST(ToRdfInDocumentOrder, WritesListsWithNodesAndListsInside) {
  expect_same_dataset(R"([{"@id": "http://ex/s", "http://ex/p": [
    {"@list": [{"@value": 1}, {"http://ex/q": [{"@value": "in a node"}]},
               {"@list": [{"@value": "inner"}]}, {"@id": null}]},
    {"@list": []}, {"@list": [{"@value": 1}]}, {"@list": [{"@value": 1}]}]}])");
}

TEST(ToRdfInDocumentOrder, WritesReverseProperties) {
  expect_same_dataset(R"([{"@id": "http://ex/s", "@reverse": {
    "http://ex/knows": [{"@id": "http://ex/a"}, {"http://ex/name": [{"@value": "b"}]},
                        {"@value": "a value is dropped"}],
    "_:blank-property": [{"@id": "http://ex/c"}]}}])");
}

TEST(ToRdfInDocumentOrder, WritesNamedGraphsAndIncludedNodes) {
  expect_same_dataset(R"([{"@id": "http://ex/g", "http://ex/p": [{"@value": "about g"}],
    "@graph": [{"@id": "http://ex/s", "http://ex/p": [{"@value": 1}],
                "@graph": [{"@id": "http://ex/t", "http://ex/p": [{"@value": 2}]}]}],
    "@included": [{"@id": "http://ex/i", "http://ex/p": [{"@value": 3}]}]},
    {"@graph": [{"@id": "http://ex/u", "http://ex/p": [{"@value": 4}]}]}])");
}

TEST(ToRdfInDocumentOrder, SkipsWhatTheNodeMapPathSkipsButKeepsWhatHangsBelow) {
  // A null @id, a relative @id, an ill-formed graph name with a well-formed graph inside, a blank
  // node predicate, relative predicates, types and datatypes; nested nodes still count.
  expect_same_dataset(R"([
    {"@id": null, "http://ex/p": [{"@value": "dropped"}, {"@id": "http://ex/kept",
                                   "http://ex/p": [{"@value": "kept"}]}]},
    {"@id": "relative", "http://ex/p": [{"http://ex/q": [{"@value": "nested"}]}]},
    {"@id": "relative-g", "@graph": [{"@id": "http://ex/s2", "http://ex/p": [{"@value": 1}],
      "http://ex/in": [{"@id": "http://ex/g2", "@graph": [{"@id": "http://ex/s3",
                                                            "http://ex/p": [{"@value": 2}]}]}]}]},
    {"@id": "http://ex/s", "_:p": [{"http://ex/q": [{"@value": "under a blank predicate"}]}],
     "relative-p": [{"@value": "x"}], "@type": ["relative-type"],
     "http://ex/p": [{"@value": "x", "@type": "relative-dt"}, {"@value": "x", "@language": "en-"}]}
  ])");
  // RDFC-1.0 has no blank node predicates, so this one is compared as written.
  JsonLdOptions generalized;
  generalized.produce_generalized_rdf = true;
  const std::string blank_predicate = R"([{"@id": "http://ex/s", "_:p": [{"@value": "x"}]}])";
  EXPECT_EQ(convert(true, blank_predicate, generalized).written, "<http://ex/s> _:b0 \"x\" .\n");
  EXPECT_EQ(convert(false, blank_predicate, generalized).written, "<http://ex/s> _:b0 \"x\" .\n");
}

TEST(ToRdfInDocumentOrder, WritesDirectionsLikeTheNodeMapPath) {
  const std::string document = R"([{"@id": "http://ex/s", "http://ex/p": [
    {"@value": "abc", "@language": "ar-EG", "@direction": "rtl"},
    {"@value": "abc", "@language": "ar-EG", "@direction": "rtl"}, {"@value": "d", "@direction": "ltr"}]}])";
  for (const RdfDirection direction :
       {RdfDirection::kI18nDatatype, RdfDirection::kCompoundLiteral}) {
    JsonLdOptions options;
    options.rdf_direction = direction;
    expect_same_dataset(document, options);
  }
}

TEST(ToRdfInDocumentOrder, FailsWithTheNodeMapPathsErrors) {
  expect_same_dataset(R"([{"@id": "http://ex/a", "@index": "1"},
                          {"@id": "http://ex/a", "@index": "2"}])");
  expect_same_dataset(R"([{"@id": "http://ex/s", "http://ex/p": [{"@value": [1]}]}])");
  expect_same_dataset(R"([{"@id": "http://ex/s", "http://ex/p": [[{"@value": 1}]]}])");
  expect_same_dataset(R"([{"@id": 5}])");
  EXPECT_EQ(convert(true, R"([{"@id": "http://ex/a", "@index": "1"},
                              {"@id": "http://ex/a", "@index": "2"}])",
                    {})
                .canonical,
            "error: conflicting indexes");
  // The same @index twice, or in two graphs, is no conflict.
  expect_same_dataset(R"([{"@id": "http://ex/a", "@index": "1", "http://ex/p": [{"@value": 1}]},
    {"@id": "http://ex/a", "@index": "1"},
    {"@id": "http://ex/g", "@graph": [{"@id": "http://ex/a", "@index": "2"}]}])");
}

TEST(ToRdfInDocumentOrder, KeepsTheDepthLimit) {
  std::string deep = R"({"@value": 1})";
  for (int i = 0; i < 20; ++i) deep = R"({"http://ex/p": [)" + deep + "]}";
  JsonLdOptions options;
  options.limits.max_expansion_depth = 10;
  EXPECT_EQ(convert(true, "[" + deep + "]", options).canonical, "error: limit exceeded");
  expect_same_dataset("[" + deep + "]", options);
}

TEST(ToRdfInDocumentOrder, LabelsBlankNodesInTheOrderItMeetsThem) {
  // The node map visits properties in code point order, so _:y is labelled first there; the walk
  // visits them as written.
  const std::string document =
      R"([{"@id": "http://ex/s", "http://ex/z": [{"@id": "_:x"}], "http://ex/a": [{"@id": "_:y"}]}])";
  EXPECT_EQ(convert(false, document, {}).written,
            "<http://ex/s> <http://ex/a> _:b0 .\n<http://ex/s> <http://ex/z> _:b1 .\n");
  EXPECT_EQ(convert(true, document, {}).written,
            "<http://ex/s> <http://ex/a> _:b1 .\n<http://ex/s> <http://ex/z> _:b0 .\n");
}

}  // namespace
}  // namespace cairn::canon::jsonld
