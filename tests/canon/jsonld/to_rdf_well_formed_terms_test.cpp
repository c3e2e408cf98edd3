// Unit tests of the well-formedness checks toRdf applies: IRIs against RFC 3987's IRI production,
// language tags against BCP 47's Language-Tag production. Cases are taken from the grammars.
#include <gtest/gtest.h>

#include <string_view>

#include "canon/jsonld/well_formed_terms.h"

namespace cairn::canon::jsonld {
namespace {

TEST(WellFormedIri, AcceptsAbsoluteIrisOfEveryShape) {
  for (std::string_view iri : {
           "http://example.com/",
           "https://user:pw@example.com:8080/a/b;c=d?q=1&r=2#frag/ment?x",
           "urn:isbn:0451450523",
           "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
           "mailto:someone@example.org",
           "file:///etc/hosts",
           "tag:example.org,2024:x",
           "http://[2001:db8::7]/c=GB?objectClass?one",
           "http://[v1.fe80::a+en1]/",
           "http://example.com/%E2%82%AC",
           "http://example.org/caf\xC3\xA9",       // U+00E9 (ucschar)
           "http://example.org/?q=\xEE\x80\x80",   // U+E000 (iprivate, allowed in the query)
           "http://example.org/\xF0\x9F\x98\x80",  // U+1F600
           "ex:",
           "a+b-c.d:opaque",
       }) {
    EXPECT_TRUE(is_well_formed_iri(iri)) << iri;
  }
}

TEST(WellFormedIri, RejectsRelativeReferencesAndForbiddenCharacters) {
  for (std::string_view iri : {
           "",
           "relative/path",
           "/absolute/path",
           "//example.com/network-path",
           "#fragment",
           ":no-scheme",
           "1http://digit-first-scheme",
           "ht tp://space-in-scheme",
           "http://example.com/a b",
           "http://example.com/<tag>",
           "http://example.com/\"quoted\"",
           "http://example.com/a\\b",
           "http://example.com/{x}",
           "http://example.com/a|b",
           "http://example.com/^",
           "http://example.com/`",
           "http://example.com/?q[]=1",  // brackets belong to IP literals only
           "http://example.com/%zz",
           "http://example.com/%4",
           "http://example.com/#a#b",
           "http://example.com:80a/",
           "http://[::1/",
           "http://[not-hex]/",
           "http://example.com/\n",
           "http://example.com/\x7F",
           "http://example.org/\xEE\x80\x80",  // iprivate outside the query
           "http://example.org/\xC2\x80",      // U+0080, a C1 control, is not a ucschar
           "http://example.org/\xEF\xBF\xBE",  // U+FFFE
           "http://example.org/\xC3",          // truncated UTF-8
           "http://example.org/\xC0\xAF",      // overlong UTF-8
           "http://example.org/\xED\xA0\x80",  // a UTF-16 surrogate
       }) {
    EXPECT_FALSE(is_well_formed_iri(iri)) << iri;
  }
}

TEST(WellFormedLanguageTag, AcceptsTheShapesOfBcp47) {
  for (std::string_view tag : {
           "en",
           "EN",
           "de-CH",
           "zh-Hant-TW",
           "sr-Latn-RS",
           "es-419",
           "sl-rozaj-biske",
           "de-CH-1901",
           "en-US-x-twain",
           "x-whatever",
           "zh-yue-HK",
           "hy-Latn-IT-arevela",
           "de-DE-u-co-phonebk",
           "en-a-bbb-x-a-ccc",
           "i-klingon",
           "en-GB-oed",
           "sgn-BE-FR",
           "art-lojban",
           "zh-min-nan",
           "qaa-Qaaa-QM-x-southern",
           "abcdefgh",
       }) {
    EXPECT_TRUE(is_well_formed_language_tag(tag)) << tag;
  }
}

TEST(WellFormedLanguageTag, RejectsWhatTheGrammarDoesNot) {
  for (std::string_view tag : {
           "",         "a",     "a b",        "en-",          "-en",
           "en--US",   "en_US", "toolongtag", "en-abcdefghi", "en-x",
           "x",        "x-",    "en-a",       "en-a-x-b",     "en-US-a",
           "abcd-xyz", "123",   "en-12",      "de-419-DE",    "é",
       }) {
    EXPECT_FALSE(is_well_formed_language_tag(tag)) << tag;
  }
}

}  // namespace
}  // namespace cairn::canon::jsonld
