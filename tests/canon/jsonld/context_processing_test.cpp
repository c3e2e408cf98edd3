// Context processing through expand(): protected terms, scoped contexts and propagation, remote
// contexts, @import, term definition errors and the context cache. Expected expansions are
// written by hand from the JSON-LD 1.1 Processing Algorithms (section numbers in comments).
#include <gtest/gtest.h>

#include <atomic>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/expansion.h"
#include "expand_suite_support.h"

namespace cairn::canon::jsonld {
namespace {

namespace json = boost::json;
using testing::canonical;
using testing::expanded;
using testing::MapDocumentLoader;

TEST(ContextProcessing, ProtectedTermCannotBeRedefinedDifferently) {
  // 4.2.2 step 27: a protected term may only be "redefined" identically.
  EXPECT_EQ(expanded(R"({"@context": [
      {"@protected": true, "name": "http://schema.org/name"},
      {"name": "http://example.org/other"}], "name": "x"})"),
            "error: protected term redefinition");
  EXPECT_EQ(expanded(R"({"@context": [
      {"@protected": true, "name": "http://schema.org/name"},
      {"name": "http://schema.org/name"}], "name": "x"})"),
            canonical(R"([{"http://schema.org/name": [{"@value": "x"}]}])"));
  // @protected on the term itself, and "@protected": false exempting one term.
  EXPECT_EQ(expanded(R"({"@context": [
      {"name": {"@id": "http://schema.org/name", "@protected": true}},
      {"name": "http://example.org/other"}], "name": "x"})"),
            "error: protected term redefinition");
  EXPECT_EQ(expanded(R"({"@context": [
      {"@protected": true, "name": {"@id": "http://schema.org/name", "@protected": false}},
      {"name": "http://example.org/other"}], "name": "x"})"),
            canonical(R"([{"http://example.org/other": [{"@value": "x"}]}])"));
}

TEST(ContextProcessing, NullContextCannotRemoveProtectedTerms) {
  // 4.1.2 step 5.1.1.
  EXPECT_EQ(expanded(R"({"@context": [{"@protected": true, "a": "http://ex/a"}, null],
                        "a": "x"})"),
            "error: invalid context nullification");
}

TEST(ContextProcessing, PropertyScopedContextMayOverrideProtectedTerms) {
  // Expansion step 8 passes "true for override protected" for a property-scoped context.
  EXPECT_EQ(expanded(R"({"@context": {"@protected": true, "@vocab": "http://ex/",
                         "p": {"@id": "http://ex/p", "@context": {"name": "http://other/name"}},
                         "name": "http://ex/name"},
                        "p": {"name": "inner"}, "name": "outer"})"),
            canonical(R"([{"http://ex/name": [{"@value": "outer"}],
                           "http://ex/p": [{"http://other/name": [{"@value": "inner"}]}]}])"));
}

TEST(ContextProcessing, TypeScopedContextsDoNotPropagateToNestedNodes) {
  // 4.1.2 step 3 and expansion step 7: a type-scoped context applies to the typed node's own
  // properties but not to node objects nested in them.
  const std::string document = R"({
    "@context": {"@vocab": "http://ex/",
                 "T": {"@id": "http://ex/T", "@context": {"name": "http://scoped/name"}}},
    "@type": "T", "name": "typed", "child": {"name": "nested"}})";
  EXPECT_EQ(expanded(document), canonical(R"([{"@type": ["http://ex/T"],
                           "http://scoped/name": [{"@value": "typed"}],
                           "http://ex/child": [{"http://ex/name": [{"@value": "nested"}]}]}])"));
  // "@propagate": true in the scoped context makes it reach the nested node too.
  const std::string propagating = R"({
    "@context": {"@vocab": "http://ex/",
                 "T": {"@id": "http://ex/T",
                       "@context": {"@propagate": true, "name": "http://scoped/name"}}},
    "@type": "T", "name": "typed", "child": {"name": "nested"}})";
  EXPECT_EQ(expanded(propagating), canonical(R"([{"@type": ["http://ex/T"],
                           "http://scoped/name": [{"@value": "typed"}],
                           "http://ex/child": [{"http://scoped/name": [{"@value": "nested"}]}]}])"));
}

TEST(ContextProcessing, EmbeddedContextWithPropagateFalseStopsAtNestedNodes) {
  EXPECT_EQ(expanded(R"({"@context": {"@vocab": "http://ex/"},
                        "a": {"@context": {"@propagate": false, "b": "http://other/b"},
                              "b": "1", "c": {"b": "2"}}})"),
            canonical(R"([{"http://ex/a": [{"http://other/b": [{"@value": "1"}],
                                            "http://ex/c": [{"http://ex/b": [{"@value": "2"}]}]}]}])"));
}

TEST(ContextProcessing, LoadsRemoteContextsOnceThroughTheLoaderAndCache) {
  MapDocumentLoader loader;
  loader.add("https://ctx.example/v1", R"({"@context": {"name": "http://schema.org/name"}})");
  ContextCache cache;
  JsonLdOptions options;
  options.loader = &loader;
  options.context_cache = &cache;
  const std::string document = R"({"@context": "https://ctx.example/v1", "name": "x"})";
  const std::string expected = canonical(R"([{"http://schema.org/name": [{"@value": "x"}]}])");
  EXPECT_EQ(expanded(document, options), expected);
  const std::size_t entries = cache.processed_count();
  EXPECT_EQ(expanded(document, options), expected);
  EXPECT_EQ(loader.loads(), 1);
  EXPECT_EQ(cache.processed_count(), entries);  // the second document reused the processed context

  // Without a loader, or when the loader does not serve the URL.
  EXPECT_EQ(expanded(document), "error: loading remote context failed");
  EXPECT_EQ(expanded(R"({"@context": "https://ctx.example/missing", "name": "x"})", options),
            "error: loading remote context failed");
}

TEST(ContextProcessing, ASharedCacheServesSeveralThreadsAtOnce) {
  MapDocumentLoader loader;
  loader.add("https://ctx.example/v1", R"({"@context": {"@vocab": "http://ex/", "@protected": true,
      "id": "@id", "type": "@type",
      "Card": {"@id": "http://ex/Card", "@context": {"owner": {"@id": "http://ex/owner",
                                                               "@type": "@id"}}},
      "tags": {"@id": "http://ex/tag", "@container": "@set"}}})");
  JsonLdOptions options;
  options.loader = &loader;
  const std::string document = R"({"@context": "https://ctx.example/v1", "id": "http://ex/c1",
      "type": "Card", "owner": "http://ex/me", "tags": ["a", "b"], "note": {"owner": "x"}})";
  const std::string expected = expanded(document, options);
  ASSERT_EQ(expected.find("error"), std::string::npos) << expected;

  ContextCache cache;
  options.context_cache = &cache;
  std::atomic<int> mismatches = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        if (expanded(document, options) != expected) ++mismatches;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

// The cache outlives the documents: a context embedded in a document that lived in an arena
// (as the cryptosuites parse them) must be copied out of it, or the next document reads freed
// memory (ASan reports it; a release build may crash or mis-expand).
TEST(ContextProcessing, CachedEmbeddedContextsOutliveTheirDocument) {
  const std::string document = R"({"@context": {"@vocab": "http://ex/",
      "Card": {"@id": "http://ex/Card", "@context": {"owner": {"@id": "http://ex/owner",
                                                               "@type": "@id"}}}},
      "@type": "Card", "owner": "http://ex/me"})";
  const std::string expected = expanded(document);
  ASSERT_EQ(expected.find("error"), std::string::npos) << expected;
  ContextCache cache;
  JsonLdOptions options;
  options.context_cache = &cache;
  for (int round = 0; round < 3; ++round) {
    std::string result;
    {
      json::monotonic_resource arena;
      const json::value input = json::parse(document, &arena);
      Result<json::array> output = expand(input, options);
      ASSERT_TRUE(output.ok()) << output.error().to_string();
      result = testing::canonical_expanded(*output);
    }
    EXPECT_EQ(result, expected) << "round " << round;
  }
  EXPECT_GT(cache.processed_count(), 0u);
}

TEST(ContextProcessing, SafeModeRefusesWhatExpansionWouldDrop) {
  const std::string document =
      R"({"@context": {"name": "http://schema.org/name"}, "name": "x", "grade": "A"})";
  JsonLdOptions options;
  EXPECT_EQ(expanded(document, options),
            canonical(R"([{"http://schema.org/name": [{"@value": "x"}]}])"));
  options.safe_mode = true;
  EXPECT_EQ(expanded(document, options), "error: dropped property");
  EXPECT_EQ(expanded(R"({"@context": {"name": "http://schema.org/name"}, "name": "x"})", options),
            canonical(R"([{"http://schema.org/name": [{"@value": "x"}]}])"));
}

TEST(ContextProcessing, RelativeContextReferencesResolveAgainstTheRemoteDocumentUrl) {
  MapDocumentLoader loader;
  loader.add("https://ctx.example/dir/outer", R"({"@context": "inner"})");
  loader.add("https://ctx.example/dir/inner", R"({"@context": {"t": "http://ex/t"}})");
  JsonLdOptions options;
  options.loader = &loader;
  EXPECT_EQ(expanded(R"({"@context": "https://ctx.example/dir/outer", "t": 1})", options),
            canonical(R"([{"http://ex/t": [{"@value": 1}]}])"));
}

TEST(ContextProcessing, RecursiveRemoteContextsOverflow) {
  MapDocumentLoader loader;
  loader.add("https://ctx.example/a", R"({"@context": "https://ctx.example/b"})");
  loader.add("https://ctx.example/b", R"({"@context": "https://ctx.example/a"})");
  JsonLdOptions options;
  options.loader = &loader;
  EXPECT_EQ(expanded(R"({"@context": "https://ctx.example/a"})", options),
            "error: context overflow");
}

TEST(ContextProcessing, ImportMergesTheImportedContextUnderTheLocalOne) {
  // 4.1.2 step 5.6: entries of the importing context win.
  MapDocumentLoader loader;
  loader.add("https://ctx.example/base",
             R"({"@context": {"a": "http://imported/a", "b": "http://imported/b"}})");
  JsonLdOptions options;
  options.loader = &loader;
  EXPECT_EQ(
      expanded(R"({"@context": {"@import": "https://ctx.example/base",
                                      "b": "http://local/b"}, "a": 1, "b": 2})",
               options),
      canonical(R"([{"http://imported/a": [{"@value": 1}], "http://local/b": [{"@value": 2}]}])"));
  options.processing_mode = ProcessingMode::kJsonLd10;
  EXPECT_EQ(expanded(R"({"@context": {"@import": "https://ctx.example/base"}, "a": 1})", options),
            "error: invalid context entry");
}

TEST(ContextProcessing, ReportsTermDefinitionErrors) {
  EXPECT_EQ(expanded(R"({"@context": {"a": "b:x", "b": "a:y"}, "a": 1})"),
            "error: cyclic IRI mapping");
  EXPECT_EQ(expanded(R"({"@context": {"@id": "http://ex/id"}})"), "error: keyword redefinition");
  EXPECT_EQ(expanded(R"({"@context": {"t": {"@id": "http://ex/t", "@container": "@bogus"}}})"),
            "error: invalid container mapping");
  EXPECT_EQ(expanded(R"({"@context": {"t": {"@id": "@context"}}})"),
            "error: invalid keyword alias");
  EXPECT_EQ(expanded(R"({"@context": {"t": {"@id": "http://ex/t", "@type": 5}}})"),
            "error: invalid type mapping");
  EXPECT_EQ(expanded(R"({"@context": {"t": {"@id": "http://ex/t", "@unknown": 1}}})"),
            "error: invalid term definition");
  EXPECT_EQ(expanded(R"({"@context": {"t": "relative"}})"), "error: invalid IRI mapping");
  EXPECT_EQ(expanded(R"({"@context": {"@version": 1.0}})"), "error: invalid @version value");
  EXPECT_EQ(expanded(R"({"@context": 5})"), "error: invalid local context");
  EXPECT_EQ(expanded(R"({"@context": {"t": {"@id": "http://ex/t",
                                            "@context": {"u": {"@id": 5}}}}})"),
            "error: invalid scoped context");
}

// "t0": "t1:a/", "t1": "t2:a/", ..., "t<length>": "http://ex/": each term depends on the next.
std::string prefix_chain(int length) {
  std::string context = R"({"@context": {)";
  for (int i = 0; i < length; ++i) {
    context += "\"t" + std::to_string(i) + "\": \"t" + std::to_string(i + 1) + ":a/\", ";
  }
  return context + "\"t" + std::to_string(length) + R"(": "http://ex/"}, "t0:x": 1})";
}

TEST(ContextProcessing, DefinesTermsThroughChainsOfPrefixesUpToALimit) {
  EXPECT_EQ(expanded(prefix_chain(5)),
            canonical(R"([{"http://ex/a/a/a/a/a/x": [{"@value": 1}]}])"));
  // A crafted chain thousands of terms long is refused instead of exhausting the stack.
  EXPECT_EQ(expanded(prefix_chain(5000)), "error: context overflow");
}

TEST(ContextProcessing, BoundsTheWorkACraftedContextCanCause) {
  // Validating each scoped context processes it against a copy of the context being built:
  // 400 such terms copy 400 definitions 400 times. The copies count against the work limit.
  std::string document = R"({"@context": {"@vocab": "http://ex/")";
  for (int i = 0; i < 400; ++i) {
    document += ", \"t" + std::to_string(i) + R"(": {"@context": {"x": "http://ex/x"}})";
  }
  document += R"(}, "t0": {"x": 1}})";
  EXPECT_EQ(expanded(document),
            canonical(R"([{"http://ex/t0": [{"http://ex/x": [{"@value": 1}]}]}])"));
  JsonLdOptions options;
  options.limits.max_output_values = 20000;
  EXPECT_EQ(expanded(document, options), "error: context overflow");
}

TEST(ContextProcessing, TermsAreUsableAsPrefixesOnlyWhenTheirIriEndsWithAGenDelim) {
  // 4.2.2 step 14.2.5: a simple term is a prefix when its IRI ends with ":/?#[]@".
  EXPECT_EQ(expanded(R"({"@context": {"ex": "http://ex/", "exa": "http://ex/a",
                                      "exp": {"@id": "http://ex/p", "@prefix": true}},
                        "ex:1": 1, "exa:2": 2, "exp:3": 3})"),
            canonical(R"([{"http://ex/1": [{"@value": 1}], "exa:2": [{"@value": 2}],
                           "http://ex/p3": [{"@value": 3}]}])"));
}

}  // namespace
}  // namespace cairn::canon::jsonld
