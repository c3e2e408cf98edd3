// direct_to_rdf on documents shaped like credentials (inline contexts with protected, type-scoped
// and property-scoped contexts, keyword aliases, typed values): it must read them and give
// to_rdf's dataset; and on documents using what it leaves to the general path: it must decline.
// The W3C toRdf suite is compared the same way in to_rdf_conformance_test.cpp.
#include "canon/jsonld/direct_to_rdf.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <string>

#include "canon/jsonld/to_rdf.h"
#include "canon/rdfc/canonicalize.h"

namespace cairn::canon::jsonld {
namespace {

namespace json = boost::json;

// A context in the manner of the VC 2.0 and OB 3.0 ones: protected, aliases, a type-scoped
// context that does not propagate, a property-scoped one that does, IRI and typed values, a list.
constexpr std::string_view kContext = R"({
  "@protected": true,
  "id": "@id", "type": "@type",
  "ex": "https://example.org/vocab#",
  "xsd": "http://www.w3.org/2001/XMLSchema#",
  "Credential": {"@id": "ex:Credential", "@context": {
    "@protected": true,
    "issuer": {"@id": "ex:issuer", "@type": "@id"},
    "validFrom": {"@id": "ex:validFrom", "@type": "xsd:dateTime"},
    "subject": {"@id": "ex:subject", "@context": {"score": {"@id": "ex:score", "@type": "xsd:decimal"}}}
  }},
  "Achievement": {"@id": "ex:Achievement", "@context": {
    "level": {"@id": "ex:level", "@type": "@vocab"},
    "skills": {"@id": "ex:skills", "@container": "@set"}
  }},
  "name": "ex:name",
  "count": "ex:count",
  "ok": "ex:ok",
  "achievement": "ex:achievement",
  "steps": {"@id": "ex:steps", "@container": "@list"}
})";

std::string credential(std::string_view body) {
  return R"({"@context": )" + std::string(kContext) + ", " + std::string(body) + "}";
}

std::string canonical(const rdf::Dataset& dataset) {
  const Result<rdfc::CanonicalForm> form = rdfc::canonicalize(dataset);
  return form ? form->nquads : "rdfc error: " + form.error().code;
}

// Returns the canonical form direct_to_rdf gives, or "declined".
std::string direct(const std::string& document, const JsonLdOptions& options = {}) {
  const std::optional<rdf::Dataset> dataset = direct_to_rdf(json::parse(document), options);
  return dataset ? canonical(*dataset) : "declined";
}

std::string general(const std::string& document, const JsonLdOptions& options = {}) {
  const Result<rdf::Dataset> dataset = to_rdf(json::parse(document), options);
  return dataset ? canonical(*dataset) : "error: " + dataset.error().code;
}

TEST(DirectToRdf, ReadsACredentialAsToRdfDoes) {
  const std::string document = credential(R"(
    "id": "urn:uuid:1", "type": ["Credential"], "issuer": "https://issuer.example/",
    "validFrom": "2026-01-01T00:00:00Z", "name": "Grüße 🎓", "count": 3, "ok": true,
    "ex:ratio": 2.5, "https://example.org/vocab#raw": "absolute key",
    "subject": {"id": "did:example:learner", "score": "9.5",
      "achievement": [{"type": "Achievement", "name": "Welding", "level": "ex:Advanced",
                       "skills": ["a", "b"]}, {"name": "untyped"}]},
    "ex:empty": {}, "ex:nothing": null, "ex:nested": [["x", ["y"]]],
    "steps": ["one", {"name": "two", "steps": []}, null, 3, {"id": "https://example.org/s"}])");
  const std::string expected = general(document);
  ASSERT_EQ(expected.find("error"), std::string::npos) << expected;
  EXPECT_EQ(direct(document), expected);
  // The type-scoped terms are there: the issuer is an IRI, the date typed, the level a vocab IRI.
  EXPECT_NE(expected.find("<https://example.org/vocab#issuer> <https://issuer.example/>"),
            std::string::npos);
  EXPECT_NE(expected.find("XMLSchema#dateTime"), std::string::npos);
  EXPECT_NE(expected.find("<https://example.org/vocab#Advanced>"), std::string::npos);
  EXPECT_NE(expected.find("22-rdf-syntax-ns#first> \"one\""), std::string::npos);
  EXPECT_NE(
      expected.find(
          "<https://example.org/vocab#steps> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>"),
      std::string::npos);
}

TEST(DirectToRdf, ReadsATopLevelMemberAsAbsentWhenAsked) {
  // As Data Integrity reads a secured document without its proof: "ex:proof" at the top is left
  // out, the same key deeper down is not, and a keyword cannot be left out (declined).
  const std::string without = credential(
      R"("id": "urn:uuid:1", "type": "Credential", "name": "n", "subject": {"ex:proof": "kept"})");
  const std::string with = credential(
      R"("id": "urn:uuid:1", "type": "Credential", "name": "n", "subject": {"ex:proof": "kept"},
         "ex:proof": {"name": "signature"})");
  const json::object secured = json::parse(with).as_object();
  const std::optional<rdf::Dataset> read = direct_to_rdf(secured, {}, "ex:proof");
  ASSERT_TRUE(read);
  EXPECT_EQ(canonical(*read), general(without));
  EXPECT_NE(canonical(*read).find("\"kept\""), std::string::npos);
  EXPECT_NE(direct(with), general(without));  // without being asked, it is read
  EXPECT_FALSE(direct_to_rdf(secured, {}, "@context"));
}

TEST(DirectToRdf, LeavesTypeScopedTermsOutOfNestedNodesAsExpansionDoes) {
  // "issuer" belongs to Credential's context, which does not propagate into the nested node:
  // there it is an undefined term, dropped (or, in safe mode, an error only the general path
  // reports).
  const std::string document =
      credential(R"("type": "Credential", "subject": {"issuer": "https://x.example/"})");
  EXPECT_EQ(direct(document), general(document));
  JsonLdOptions safe;
  safe.safe_mode = true;
  EXPECT_EQ(general(document, safe), "error: dropped property");
  EXPECT_EQ(direct(document, safe), "declined");
}

TEST(DirectToRdf, DeclinesWhatItLeavesToTheGeneralPath) {
  for (const std::string body : {
           R"("ex:list": {"@list": [1, 2]})",
           R"("steps": [[1, 2], 3])",
           R"("ex:value": {"@value": "x", "@language": "en"})",
           R"("@graph": [{"id": "https://example.org/a", "name": "n"}])",
           R"("id": "_:b", "name": "blank node identifier")",
           R"("id": "relative", "name": "relative subject")",
           R"("@reverse": {"ex:knows": {"id": "https://example.org/a"}})",
           R"("@included": [{"id": "https://example.org/a"}])",
           R"("type": 5)",
       }) {
    EXPECT_EQ(direct(credential(body)), "declined") << body;
  }
  // Language-tagged strings by the context's default language.
  EXPECT_EQ(direct(R"({"@context": {"@language": "en", "name": "https://example.org/name"},
                       "name": "x"})"),
            "declined");
  // A top-level array, and JSON-LD 1.0 mode.
  EXPECT_EQ(direct(R"([{"https://example.org/p": 1}])"), "declined");
  JsonLdOptions json_ld_10;
  json_ld_10.processing_mode = ProcessingMode::kJsonLd10;
  EXPECT_EQ(direct(R"({"https://example.org/p": 1})", json_ld_10), "declined");
}

TEST(DirectToRdf, DeclinesWhereExpansionWouldFail) {
  // Two keys expanding to @id, an invalid @id, a protected term redefined.
  EXPECT_EQ(direct(credential(R"("id": "urn:a", "@id": "urn:b")")), "declined");
  EXPECT_EQ(direct(credential(R"("id": 5)")), "declined");
  const std::string redefined = R"({"@context": [)" + std::string(kContext) +
                                R"(, {"name": "https://other.example/name"}], "name": "x"})";
  EXPECT_EQ(general(redefined), "error: protected term redefinition");
  EXPECT_EQ(direct(redefined), "declined");
}

TEST(DirectToRdf, KeepsTheLimits) {
  std::string deep = R"({"https://example.org/p": 1})";
  for (int i = 0; i < 20; ++i) deep = R"({"https://example.org/p": )" + deep + "}";
  JsonLdOptions options;
  options.limits.max_expansion_depth = 10;
  EXPECT_EQ(direct(deep, options), "declined");
  EXPECT_EQ(general(deep, options).substr(0, 6), "error:");
  options.limits.max_expansion_depth = 128;
  EXPECT_EQ(direct(deep, options), general(deep, options));
}

}  // namespace
}  // namespace cairn::canon::jsonld
