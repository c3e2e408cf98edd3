// Unit tests of the Deserialize JSON-LD to RDF algorithm on hand-written expanded documents: what
// each kind of value becomes, which statements the spec drops, the rdfDirection modes, limits.
// Expected N-Quads are written from the specification's rules (sorted, as to_nquads writes them).
#include "canon/jsonld/to_rdf.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <string>

#include "canon/rdf/nquads_serializer.h"

namespace cairn::canon::jsonld {
namespace {

namespace json = boost::json;

constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";

std::string nquads_of(std::string_view expanded, const JsonLdOptions& options = {}) {
  Result<rdf::Dataset> dataset = expanded_to_rdf(json::parse(expanded).as_array(), options);
  EXPECT_TRUE(dataset.ok()) << (dataset.ok() ? "" : dataset.error().to_string());
  return dataset.ok() ? rdf::to_nquads(*dataset) : std::string();
}

// The N-Quads of <http://ex/s> <http://ex/p> `value`.
std::string object_of(std::string_view value_object, const JsonLdOptions& options = {}) {
  return nquads_of(
      R"([{"@id": "http://ex/s", "http://ex/p": [)" + std::string(value_object) + "]}]", options);
}

std::string line(std::string_view object) {
  return "<http://ex/s> <http://ex/p> " + std::string(object) + " .\n";
}

std::string typed(std::string_view lexical, std::string_view xsd_type) {
  return "\"" + std::string(lexical) + "\"^^<" + kXsd + std::string(xsd_type) + ">";
}

TEST(ToRdf, WritesIntegersAsXsdInteger) {
  EXPECT_EQ(object_of(R"({"@value": 5})"), line(typed("5", "integer")));
  EXPECT_EQ(object_of(R"({"@value": -12})"), line(typed("-12", "integer")));
  EXPECT_EQ(object_of(R"({"@value": 18446744073709551615})"),
            line(typed("18446744073709551615", "integer")));
  // A double without fractional part below 1e21 is an integer too (JSON has one number type).
  EXPECT_EQ(object_of(R"({"@value": 2.0})"), line(typed("2", "integer")));
  EXPECT_EQ(object_of(R"({"@value": 1e20})"), line(typed("100000000000000000000", "integer")));
  EXPECT_EQ(object_of(R"({"@value": -0.0})"), line(typed("0", "integer")));
}

TEST(ToRdf, WritesFractionsAndHugeNumbersAsCanonicalXsdDouble) {
  EXPECT_EQ(object_of(R"({"@value": 1.1})"), line(typed("1.1E0", "double")));
  EXPECT_EQ(object_of(R"({"@value": 1e21})"), line(typed("1.0E21", "double")));
  EXPECT_EQ(object_of(R"({"@value": -1e21})"), line(typed("-1.0E21", "double")));
  EXPECT_EQ(object_of(R"({"@value": 0.00012})"), line(typed("1.2E-4", "double")));
  EXPECT_EQ(object_of(R"({"@value": 123456.789})"), line(typed("1.23456789E5", "double")));
  // The mantissa is rounded to 15 digits after the point.
  EXPECT_EQ(object_of(R"({"@value": 0.1234567890123456789})"),
            line(typed("1.234567890123457E-1", "double")));
  EXPECT_EQ(object_of(R"({"@value": 1.7976931348623157e308})"),
            line(typed("1.797693134862316E308", "double")));
}

TEST(ToRdf, WritesNumbersTypedXsdDoubleAsDoubleAndKeepsOtherDatatypes) {
  const std::string xsd_double = R"(, "@type": "http://www.w3.org/2001/XMLSchema#double"})";
  EXPECT_EQ(object_of(R"({"@value": 5)" + xsd_double), line(typed("5.0E0", "double")));
  EXPECT_EQ(object_of(R"({"@value": 0)" + xsd_double), line(typed("0.0E0", "double")));
  EXPECT_EQ(object_of(R"({"@value": 5.0)" + xsd_double), line(typed("5.0E0", "double")));
  // A fraction keeps its own datatype but gets the double form.
  EXPECT_EQ(object_of(R"({"@value": 2.5, "@type": "http://www.w3.org/2001/XMLSchema#decimal"})"),
            line(typed("2.5E0", "decimal")));
  EXPECT_EQ(object_of(R"({"@value": 7, "@type": "http://ex/T"})"), line("\"7\"^^<http://ex/T>"));
}

TEST(ToRdf, WritesBooleansStringsAndLanguageTaggedStrings) {
  EXPECT_EQ(object_of(R"({"@value": true})"), line(typed("true", "boolean")));
  EXPECT_EQ(object_of(R"({"@value": false})"), line(typed("false", "boolean")));
  EXPECT_EQ(object_of(R"({"@value": "plain"})"), line("\"plain\""));
  EXPECT_EQ(object_of(R"({"@value": "chat", "@language": "fr-CA"})"), line("\"chat\"@fr-CA"));
  EXPECT_EQ(object_of(R"({"@value": "2024-01-01", "@type": "http://ex/date"})"),
            line("\"2024-01-01\"^^<http://ex/date>"));
}

TEST(ToRdf, WritesJsonLiteralsInJcsForm) {
  EXPECT_EQ(
      object_of(R"({"@value": {"b": [1.0, 2.5e0, "\u00e9"], "a": null}, "@type": "@json"})"),
      line(
          R"("{\"a\":null,\"b\":[1,2.5,\"é\"]}"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>)"));
  EXPECT_EQ(object_of(R"({"@value": true, "@type": "@json"})"),
            line(R"("true"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>)"));
}

TEST(ToRdf, WritesTypesAsRdfTypeAndNodeReferencesAsIrisOrBlankNodes) {
  EXPECT_EQ(nquads_of(R"([{"@id": "http://ex/s", "@type": ["http://ex/T", "_:t"],
                          "http://ex/p": [{"@id": "http://ex/o"}, {"@id": "_:o"}]}])"),
            // _:t -> b0 (the node's @type), _:o -> b1.
            "<http://ex/s> <http://ex/p> <http://ex/o> .\n"
            "<http://ex/s> <http://ex/p> _:b1 .\n"
            "<http://ex/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex/T> .\n"
            "<http://ex/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> _:b0 .\n");
}

TEST(ToRdf, WritesListsAsCollections) {
  constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  const std::string first = std::string("<") + kRdf + "first>";
  const std::string rest = std::string("<") + kRdf + "rest>";
  const std::string nil = std::string("<") + kRdf + "nil>";
  EXPECT_EQ(object_of(R"({"@list": []})"), line(nil));
  // Cells b0 and b1 for the outer list, then b2 for the inner one.
  EXPECT_EQ(object_of(R"({"@list": [{"@value": "a"}, {"@list": [{"@id": "http://ex/x"}]}]})"),
            "<http://ex/s> <http://ex/p> _:b0 .\n"
            "_:b0 " +
                first +
                " \"a\" .\n"
                "_:b0 " +
                rest +
                " _:b1 .\n"
                "_:b1 " +
                first +
                " _:b2 .\n"
                "_:b1 " +
                rest + " " + nil +
                " .\n"
                "_:b2 " +
                first +
                " <http://ex/x> .\n"
                "_:b2 " +
                rest + " " + nil + " .\n");
  // A list item that is not well-formed loses its rdf:first but keeps its cell.
  EXPECT_EQ(object_of(R"({"@list": [{"@id": "relative"}]})"),
            "<http://ex/s> <http://ex/p> _:b0 .\n"
            "_:b0 " +
                rest + " " + nil + " .\n");
}

TEST(ToRdf, PutsNamedGraphContentInItsGraph) {
  EXPECT_EQ(nquads_of(R"([{"@id": "http://ex/g", "http://ex/p": [{"@value": "about g"}],
                          "@graph": [{"@id": "http://ex/s", "http://ex/p": [{"@value": 1}]}]}])"),
            "<http://ex/g> <http://ex/p> \"about g\" .\n"
            "<http://ex/s> <http://ex/p> " +
                typed("1", "integer") + " <http://ex/g> .\n");
  EXPECT_EQ(nquads_of(R"([{"@graph": [{"@id": "http://ex/s", "http://ex/p": [{"@value": 1}]}]}])"),
            "<http://ex/s> <http://ex/p> " + typed("1", "integer") + " _:b0 .\n");
}

TEST(ToRdf, DropsStatementsWithIllFormedTerms) {
  // Relative IRIs as subject, predicate, object, type, datatype and graph name; a space in an IRI;
  // an ill-formed language tag.
  EXPECT_EQ(nquads_of(R"([
    {"@id": "relative", "http://ex/p": [{"@value": "x"}]},
    {"@id": "http://ex/s",
     "relative-p": [{"@value": "x"}],
     "http://ex/p": [{"@id": "relative-o"}, {"@id": "http://ex/a b"},
                     {"@value": "x", "@type": "relative-dt"},
                     {"@value": "x", "@language": "not a tag"},
                     {"@value": "x", "@language": "en-"},
                     {"@value": "kept", "@language": "en-Latn-GB-x-private"}],
     "@type": ["relative-type"]},
    {"@id": "relative-g", "@graph": [{"@id": "http://ex/s2", "http://ex/p": [{"@value": 1}]}]}
  ])"),
            "<http://ex/s> <http://ex/p> \"kept\"@en-Latn-GB-x-private .\n");
}

TEST(ToRdf, DropsBlankNodePredicatesUnlessGeneralizedRdfIsAsked) {
  const std::string document = R"([{"@id": "http://ex/s", "_:p": [{"@value": "x"}]}])";
  EXPECT_EQ(nquads_of(document), "");
  JsonLdOptions generalized;
  generalized.produce_generalized_rdf = true;
  EXPECT_EQ(nquads_of(document, generalized), "<http://ex/s> _:b0 \"x\" .\n");
}

TEST(ToRdf, IgnoresDirectionWithoutRdfDirection) {
  EXPECT_EQ(object_of(R"({"@value": "abc", "@language": "ar-EG", "@direction": "rtl"})"),
            line("\"abc\"@ar-EG"));
  EXPECT_EQ(object_of(R"({"@value": "abc", "@direction": "rtl"})"), line("\"abc\""));
}

TEST(ToRdf, WritesDirectionAsI18nDatatype) {
  JsonLdOptions options;
  options.rdf_direction = RdfDirection::kI18nDatatype;
  EXPECT_EQ(object_of(R"({"@value": "abc", "@language": "ar-EG", "@direction": "rtl"})", options),
            line("\"abc\"^^<https://www.w3.org/ns/i18n#ar-eg_rtl>"));
  EXPECT_EQ(object_of(R"({"@value": "abc", "@direction": "ltr"})", options),
            line("\"abc\"^^<https://www.w3.org/ns/i18n#_ltr>"));
}

TEST(ToRdf, WritesDirectionAsCompoundLiteral) {
  constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  JsonLdOptions options;
  options.rdf_direction = RdfDirection::kCompoundLiteral;
  EXPECT_EQ(object_of(R"({"@value": "abc", "@language": "ar-EG", "@direction": "rtl"})", options),
            "<http://ex/s> <http://ex/p> _:b0 .\n"
            "_:b0 <" +
                std::string(kRdf) +
                "direction> \"rtl\" .\n"
                "_:b0 <" +
                std::string(kRdf) +
                "language> \"ar-eg\" .\n"
                "_:b0 <" +
                std::string(kRdf) + "value> \"abc\" .\n");
  EXPECT_EQ(object_of(R"({"@value": "abc", "@direction": "ltr"})", options),
            "<http://ex/s> <http://ex/p> _:b0 .\n"
            "_:b0 <" +
                std::string(kRdf) +
                "direction> \"ltr\" .\n"
                "_:b0 <" +
                std::string(kRdf) + "value> \"abc\" .\n");
}

TEST(ToRdf, EnforcesTheQuadLimitAtItsBoundary) {
  const std::string three_quads = R"([{"@id": "http://ex/s", "@type": ["http://ex/T"],
                                       "http://ex/p": [{"@value": 1}, {"@value": 2}]}])";
  JsonLdOptions options;
  options.limits.max_output_values = 3;
  EXPECT_TRUE(expanded_to_rdf(json::parse(three_quads).as_array(), options).ok());
  options.limits.max_output_values = 2;
  Result<rdf::Dataset> result = expanded_to_rdf(json::parse(three_quads).as_array(), options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "limit exceeded");
}

TEST(ToRdf, ReportsValuesThatAreNotExpandedForm) {
  Result<rdf::Dataset> result = expanded_to_rdf(
      json::parse(R"([{"@id": "http://ex/s", "http://ex/p": [{"@value": [1]}]}])").as_array(), {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "invalid expanded form");
}

TEST(ToRdf, ReportsConflictingIndexesFromTheNodeMap) {
  Result<rdf::Dataset> result = expanded_to_rdf(
      json::parse(
          R"([{"@id": "http://ex/a", "@index": "1"}, {"@id": "http://ex/a", "@index": "2"}])")
          .as_array(),
      {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "conflicting indexes");
}

TEST(ToRdf, ExpandsThenConvertsADocumentWithItsContextAndBase) {
  const json::value document = json::parse(R"({
    "@context": {"name": "http://schema.org/name",
                 "knows": {"@id": "http://schema.org/knows", "@type": "@id"}},
    "@id": "alice", "name": "Alice", "knows": "bob"})");
  JsonLdOptions options;
  options.base = "https://ex.org/people/";
  Result<rdf::Dataset> dataset = to_rdf(document, options);
  ASSERT_TRUE(dataset.ok()) << dataset.error().to_string();
  EXPECT_EQ(
      rdf::to_nquads(*dataset),
      "<https://ex.org/people/alice> <http://schema.org/knows> <https://ex.org/people/bob> .\n"
      "<https://ex.org/people/alice> <http://schema.org/name> \"Alice\" .\n");
  // Without a base IRI the identifiers stay relative, and their statements are dropped.
  Result<rdf::Dataset> without_base = to_rdf(document, JsonLdOptions{});
  ASSERT_TRUE(without_base.ok()) << without_base.error().to_string();
  EXPECT_TRUE(without_base->empty()) << rdf::to_nquads(*without_base);
}

TEST(ToRdf, ReportsTheErrorsOfExpansion) {
  Result<rdf::Dataset> result = to_rdf(json::parse(R"({"@id": 5})"), {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "invalid @id value");
}

}  // namespace
}  // namespace cairn::canon::jsonld
