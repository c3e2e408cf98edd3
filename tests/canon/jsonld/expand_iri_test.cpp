// IRI helpers: RFC 3986 section 5.4's reference resolution examples (normal and abnormal), and
// what counts as an absolute IRI or a blank node identifier.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "canon/jsonld/iri.h"

namespace cairn::canon::jsonld {
namespace {

constexpr const char* kRfcBase = "http://a/b/c/d;p?q";

void expect_resolutions(const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [reference, expected] : cases) {
    EXPECT_EQ(resolve_iri(kRfcBase, reference), expected) << "reference \"" << reference << "\"";
  }
}

TEST(ExpandIri, ResolvesRfc3986NormalExamples) {
  expect_resolutions({
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {"g?y#s", "http://a/b/c/g?y#s"},
      {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"},
      {"g;x?y#s", "http://a/b/c/g;x?y#s"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../", "http://a/"},
      {"../../g", "http://a/g"},
  });
}

TEST(ExpandIri, ResolvesRfc3986AbnormalExamples) {
  expect_resolutions({
      {"../../../g", "http://a/g"},
      {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."},
      {"..g", "http://a/b/c/..g"},
      {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"},
      {"g?y/../x", "http://a/b/c/g?y/../x"},
      {"g#s/./x", "http://a/b/c/g#s/./x"},
      {"g#s/../x", "http://a/b/c/g#s/../x"},
      {"http:g", "http:g"},
  });
}

TEST(ExpandIri, ResolvesAgainstABaseWithoutPathOrWithNonAsciiCharacters) {
  // RFC 3986 5.2.3: a base with an authority and an empty path merges as "/" + reference.
  EXPECT_EQ(resolve_iri("http://example.com", "a"), "http://example.com/a");
  EXPECT_EQ(resolve_iri("http://example.com", "?q"), "http://example.com?q");
  // RFC 3987: IRI characters pass through untouched (no percent-encoding, no normalisation).
  EXPECT_EQ(resolve_iri("http://example.org/ü/x", "ä b"), "http://example.org/ü/ä b");
  // A base without an authority (a URN) only takes fragment-like references sensibly.
  EXPECT_EQ(resolve_iri("urn:ex:doc", "#frag"), "urn:ex:doc#frag");
  // No base: the reference stays as written.
  EXPECT_EQ(resolve_iri("", "../a"), "../a");
}

TEST(ExpandIri, TellsAbsoluteIrisFromRelativeReferencesAndBlankNodes) {
  EXPECT_TRUE(is_absolute_iri("http://example.org/a"));
  EXPECT_TRUE(is_absolute_iri("urn:uuid:1234"));
  EXPECT_TRUE(is_absolute_iri("did:example:123"));
  EXPECT_TRUE(is_absolute_iri("a+b-c.d:x"));
  EXPECT_FALSE(is_absolute_iri("_:b0"));  // "_" is not a scheme
  EXPECT_FALSE(is_absolute_iri("relative/path"));
  EXPECT_FALSE(is_absolute_iri("1http:x"));  // a scheme starts with a letter
  EXPECT_FALSE(is_absolute_iri(":x"));
  EXPECT_FALSE(is_absolute_iri("http://example.org/a b"));  // an IRI has no spaces
  EXPECT_TRUE(is_blank_node_identifier("_:b0"));
  EXPECT_FALSE(is_blank_node_identifier("http://example.org/"));
}

}  // namespace
}  // namespace cairn::canon::jsonld
