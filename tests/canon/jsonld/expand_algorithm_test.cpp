// The Expansion Algorithm on hand-written documents: containers, @json, @reverse, @nest,
// @included, value expansion, keyword aliases, errors and limits. Expected expansions are
// written by hand from the JSON-LD 1.1 Processing Algorithms (section numbers in comments).
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <string>
#include <string_view>

#include "canon/jsonld/expansion.h"
#include "expand_suite_support.h"

namespace cairn::canon::jsonld {
namespace {

namespace json = boost::json;
using testing::canonical;
using testing::expanded;

TEST(ExpandAlgorithm, ExpandsTermsCompactIrisAliasesAndValues) {
  EXPECT_EQ(expanded(R"({"@context": {"ex": "http://ex/", "id": "@id", "type": "@type",
                                      "name": "ex:name",
                                      "link": {"@id": "ex:link", "@type": "@id"},
                                      "age": {"@id": "ex:age", "@type": "ex:int"}},
                        "id": "ex:me", "type": "ex:Person", "name": "Ann",
                        "link": "ex:you", "age": 7, "ex:other": true})"),
            canonical(R"([{"@id": "http://ex/me", "@type": ["http://ex/Person"],
                           "http://ex/name": [{"@value": "Ann"}],
                           "http://ex/link": [{"@id": "http://ex/you"}],
                           "http://ex/age": [{"@value": 7, "@type": "http://ex/int"}],
                           "http://ex/other": [{"@value": true}]}])"));
}

TEST(ExpandAlgorithm, ResolvesRelativeIdsAgainstTheBaseAndVocabRelativeTypes) {
  JsonLdOptions options;
  options.base = "http://doc.example/dir/page";
  EXPECT_EQ(expanded(R"({"@context": {"@vocab": "http://vocab/"},
                        "@id": "../x", "@type": "T", "p": {"@id": "#frag"}})",
                     options),
            canonical(R"([{"@id": "http://doc.example/x", "@type": ["http://vocab/T"],
                           "http://vocab/p": [{"@id": "http://doc.example/dir/page#frag"}]}])"));
  // "@vocab": "" makes the vocabulary the document base (JSON-LD 1.1).
  EXPECT_EQ(expanded(R"({"@context": {"@vocab": ""}, "@id": "s", "p": 1})", options),
            canonical(R"([{"@id": "http://doc.example/dir/s",
                           "http://doc.example/dir/pagep": [{"@value": 1}]}])"));
}

TEST(ExpandAlgorithm, AppliesDefaultLanguageDirectionAndTermMappings) {
  EXPECT_EQ(
      expanded(R"({"@context": {"@vocab": "http://ex/", "@language": "EN", "@direction": "ltr",
                                      "plain": {"@id": "http://ex/plain", "@language": null},
                                      "de": {"@id": "http://ex/de", "@language": "de"}},
                        "text": "hi", "plain": "x", "de": "Hallo", "n": 1})"),
      canonical(R"([{"http://ex/text": [{"@value": "hi", "@language": "en", "@direction": "ltr"}],
                           "http://ex/plain": [{"@value": "x", "@direction": "ltr"}],
                           "http://ex/de": [{"@value": "Hallo", "@language": "de", "@direction": "ltr"}],
                           "http://ex/n": [{"@value": 1}]}])"));
}

TEST(ExpandAlgorithm, KeepsJsonLiteralsAsJson) {
  // 5.1.2 step 13.5 and 13.4.7.1: the value of a @json-typed term is kept as it is.
  EXPECT_EQ(expanded(R"({"@context": {"data": {"@id": "http://ex/data", "@type": "@json"}},
                        "data": {"b": [3, 1, {"c": null}], "a": true}})"),
            canonical(R"([{"http://ex/data": [{"@type": "@json",
                                               "@value": {"b": [3, 1, {"c": null}], "a": true}}]}])"));
  EXPECT_EQ(expanded(R"({"http://ex/data": {"@value": [1, 2], "@type": "@json"}})"),
            canonical(R"([{"http://ex/data": [{"@type": "@json", "@value": [1, 2]}]}])"));
  EXPECT_EQ(expanded(R"({"http://ex/data": {"@value": [1, 2]}})"),
            "error: invalid value object value");
}

TEST(ExpandAlgorithm, ExpandsLanguageIndexIdAndTypeMaps) {
  EXPECT_EQ(expanded(R"({"@context": {"@vocab": "http://ex/",
                          "label": {"@id": "http://ex/label", "@container": "@language"},
                          "byIndex": {"@id": "http://ex/i", "@container": "@index"},
                          "byId": {"@id": "http://ex/byId", "@container": "@id"},
                          "byType": {"@id": "http://ex/byType", "@container": "@type"}},
                        "label": {"en": "Hi", "FR": ["Salut", null], "@none": "?"},
                        "byIndex": {"k1": "v1", "@none": "v2"},
                        "byId": {"http://ex/n1": {"p": 1}},
                        "byType": {"T": {"p": 2}}})"),
            canonical(R"([{
              "http://ex/label": [{"@value": "Hi", "@language": "en"},
                                  {"@value": "Salut", "@language": "fr"}, {"@value": "?"}],
              "http://ex/i": [{"@value": "v1", "@index": "k1"}, {"@value": "v2"}],
              "http://ex/byId": [{"@id": "http://ex/n1", "http://ex/p": [{"@value": 1}]}],
              "http://ex/byType": [{"@type": ["http://ex/T"], "http://ex/p": [{"@value": 2}]}]}])"));
}

TEST(ExpandAlgorithm, ExpandsPropertyValuedIndexes) {
  // 5.1.2 step 13.8.3.7.2: the index becomes a value of the index property.
  EXPECT_EQ(expanded(R"({"@context": {"@vocab": "http://ex/",
                          "posts": {"@id": "http://ex/post", "@container": "@index",
                                    "@index": "lang"}},
                        "posts": {"en": {"title": "A"}, "@none": {"title": "B"}}})"),
            canonical(R"([{"http://ex/post": [
                {"http://ex/lang": [{"@value": "en"}], "http://ex/title": [{"@value": "A"}]},
                {"http://ex/title": [{"@value": "B"}]}]}])"));
  EXPECT_EQ(expanded(R"({"@context": {"@vocab": "http://ex/",
                          "posts": {"@id": "http://ex/post", "@container": "@index",
                                    "@index": "lang"}},
                        "posts": {"en": "a plain value"}})"),
            "error: invalid value object");
}

TEST(ExpandAlgorithm, ExpandsListsSetsAndGraphContainers) {
  EXPECT_EQ(expanded(R"({"@context": {"@vocab": "http://ex/",
                          "list": {"@id": "http://ex/list", "@container": "@list"},
                          "g": {"@id": "http://ex/g", "@container": "@graph"}},
                        "list": [1, [2, 3]], "set": {"@set": [4]}, "g": {"p": 5}})"),
            canonical(R"([{"http://ex/list": [{"@list": [{"@value": 1},
                                                        {"@list": [{"@value": 2}, {"@value": 3}]}]}],
                           "http://ex/set": [{"@value": 4}],
                           "http://ex/g": [{"@graph": [{"http://ex/p": [{"@value": 5}]}]}]}])"));
  // An array inside an explicit @list is a list of lists (jsonld.js's reading; the
  // specification's step 5.2.2 only mentions @list containers).
  EXPECT_EQ(expanded(R"({"http://ex/p": {"@list": [[1, 2], 3]}})"),
            canonical(R"([{"http://ex/p": [{"@list": [{"@list": [{"@value": 1}, {"@value": 2}]},
                                                      {"@value": 3}]}]}])"));
  EXPECT_EQ(expanded(R"({"http://ex/p": {"@list": [1], "@id": "x"}})"),
            "error: invalid set or list object");
}

TEST(ExpandAlgorithm, ExpandsReverseNestAndIncluded) {
  EXPECT_EQ(expanded(R"({"@context": {"@vocab": "http://ex/",
                          "parentOf": {"@reverse": "http://ex/childOf"},
                          "details": "@nest"},
                        "@id": "http://ex/a",
                        "parentOf": {"@id": "http://ex/b"},
                        "details": {"name": "A"},
                        "@included": [{"@id": "http://ex/c", "name": "C"}]})"),
            canonical(R"([{"@id": "http://ex/a",
                           "@reverse": {"http://ex/childOf": [{"@id": "http://ex/b"}]},
                           "http://ex/name": [{"@value": "A"}],
                           "@included": [{"@id": "http://ex/c",
                                          "http://ex/name": [{"@value": "C"}]}]}])"));
  EXPECT_EQ(expanded(R"({"@context": {"parentOf": {"@reverse": "http://ex/childOf"}},
                        "parentOf": "a literal"})"),
            "error: invalid reverse property value");
  EXPECT_EQ(expanded(R"({"@context": {"details": "@nest"}, "details": "not a map"})"),
            "error: invalid @nest value");
}

TEST(ExpandAlgorithm, DropsFreeFloatingValuesAndUnmappedKeys) {
  // Expansion steps 19-20 and 13.3: top-level values and keys that expand to no IRI vanish.
  EXPECT_EQ(expanded(R"([{"@value": "floating"}, {"@id": "http://ex/only-id"},
                         {"unmapped": 1, "http://ex/p": 2}, "scalar"])"),
            canonical(R"([{"http://ex/p": [{"@value": 2}]}])"));
}

TEST(ExpandAlgorithm, ReportsErrorsWithTheirCodes) {
  EXPECT_EQ(expanded(R"({"@id": 5})"), "error: invalid @id value");
  EXPECT_EQ(expanded(R"({"@context": {"id": "@id"}, "@id": "http://a", "id": "http://b"})"),
            "error: colliding keywords");
  EXPECT_EQ(expanded(R"({"@type": {"x": 1}})"), "error: invalid type value");
  EXPECT_EQ(expanded(R"({"http://ex/p": {"@value": "x", "@language": 5}})"),
            "error: invalid language-tagged string");
  EXPECT_EQ(expanded(R"({"http://ex/p": {"@value": 5, "@language": "en"}})"),
            "error: invalid language-tagged value");
  EXPECT_EQ(expanded(R"({"http://ex/p": {"@value": "x", "@type": "relative"}})"),
            "error: invalid typed value");
  EXPECT_EQ(expanded(R"({"http://ex/p": {"@value": "x", "http://ex/q": 1}})"),
            "error: invalid value object");
  EXPECT_EQ(expanded(R"({"@reverse": 5})"), "error: invalid @reverse value");
  EXPECT_EQ(expanded(R"({"@included": {"@value": 1}})"), "error: invalid @included value");
}

TEST(ExpandAlgorithm, ExpandContextOptionAppliesBeforeTheDocument) {
  JsonLdOptions options;
  options.expand_context = json::parse(R"({"@context": {"name": "http://schema.org/name"}})");
  EXPECT_EQ(expanded(R"({"name": "x"})", options),
            canonical(R"([{"http://schema.org/name": [{"@value": "x"}]}])"));
}

TEST(ExpandAlgorithm, StopsAtTheLimitsInsteadOfRecursingWithoutEnd) {
  JsonLdOptions options;
  options.limits.max_expansion_depth = 16;
  std::string deep;
  for (int i = 0; i < 30; ++i) deep += R"({"http://ex/p": )";
  deep += "1";
  for (int i = 0; i < 30; ++i) deep += "}";
  EXPECT_EQ(expanded(deep, options), "error: expansion depth exceeded");

  options = {};
  options.limits.max_output_values = 100;
  std::string wide = R"({"http://ex/p": [)";
  for (int i = 0; i < 200; ++i) wide += (i ? ",1" : "1");
  wide += "]}";
  EXPECT_EQ(expanded(wide, options), "error: expansion too large");

  options = {};
  options.limits.max_context_depth = 4;
  std::string nested_contexts = R"({"@context": )";
  for (int i = 0; i < 10; ++i) nested_contexts += R"({"t": {"@id": "http://ex/t", "@context": )";
  nested_contexts += "{}";
  for (int i = 0; i < 10; ++i) nested_contexts += "}}";
  nested_contexts += "}";
  EXPECT_EQ(expanded(nested_contexts, options), "error: context overflow");
}

}  // namespace
}  // namespace cairn::canon::jsonld
