// N-Quads reading: every production of the RDF 1.1 N-Quads grammar, the errors and the limits.
#include "canon/rdf/nquads_parser.h"

#include <gtest/gtest.h>

#include <string>

namespace cairn::canon::rdf {
namespace {

Dataset parse_ok(std::string_view text) {
  Result<Dataset> dataset = parse_nquads(text);
  EXPECT_TRUE(dataset.ok()) << dataset.error().to_string() << "\nin: " << text;
  return dataset.ok() ? std::move(*dataset) : Dataset{};
}

Quad parse_one(std::string_view text) {
  const Dataset dataset = parse_ok(text);
  EXPECT_EQ(dataset.size(), 1u) << text;
  return dataset.empty() ? Quad{} : dataset[0];
}

Error parse_error(std::string_view text, const NQuadsLimits& limits = {}) {
  Result<Dataset> dataset = parse_nquads(text, limits);
  EXPECT_FALSE(dataset.ok()) << "accepted: " << text;
  return dataset.ok() ? Error{} : dataset.error();
}

TEST(ParseNQuads, ReadsATripleInTheDefaultGraph) {
  const Quad quad =
      parse_one("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n");
  EXPECT_EQ(quad.subject, Term::iri("http://example.org/s"));
  EXPECT_EQ(quad.predicate, Term::iri("http://example.org/p"));
  EXPECT_EQ(quad.object, Term::iri("http://example.org/o"));
  EXPECT_EQ(quad.graph, Term::default_graph());
}

TEST(ParseNQuads, ReadsGraphLabels) {
  EXPECT_EQ(parse_one("<urn:s> <urn:p> <urn:o> <urn:g> .").graph, Term::iri("urn:g"));
  EXPECT_EQ(parse_one("<urn:s> <urn:p> <urn:o> _:g .").graph, Term::blank("g"));
}

TEST(ParseNQuads, ReadsBlankNodes) {
  const Quad quad = parse_one("_:subject <urn:p> _:object .");
  EXPECT_EQ(quad.subject, Term::blank("subject"));
  EXPECT_EQ(quad.object, Term::blank("object"));
}

TEST(ParseNQuads, ReadsBlankNodeLabelsByTheGrammar) {
  // Dots inside a label belong to it, a final dot ends the statement.
  EXPECT_EQ(parse_one("_:a.b <urn:p> _:c.d.").object, Term::blank("c.d"));
  EXPECT_EQ(parse_one("_:a.b <urn:p> _:c.d.").subject, Term::blank("a.b"));
  EXPECT_EQ(parse_one("_:0 <urn:p> _:_x .").subject, Term::blank("0"));
  EXPECT_EQ(parse_one("_:a-b:c <urn:p> <urn:o> .").subject, Term::blank("a-b:c"));
  EXPECT_EQ(parse_one("_:\xC3\xA9t\xC3\xA9 <urn:p> <urn:o> .").subject,
            Term::blank("\xC3\xA9t\xC3\xA9"));
  EXPECT_EQ(parse_one("_:a\xC2\xB7 <urn:p> <urn:o> .").subject, Term::blank("a\xC2\xB7"));
}

TEST(ParseNQuads, ReadsLiterals) {
  EXPECT_EQ(parse_one("<urn:s> <urn:p> \"plain\" .").object, Term::literal("plain"));
  EXPECT_EQ(parse_one("<urn:s> <urn:p> \"\" .").object, Term::literal(""));
  EXPECT_EQ(parse_one("<urn:s> <urn:p> \"chat\"@fr .").object,
            Term::literal("chat", kRdfLangString, "fr"));
  EXPECT_EQ(parse_one("<urn:s> <urn:p> \"x\"@en-US-1996 .").object,
            Term::literal("x", kRdfLangString, "en-US-1996"));
  EXPECT_EQ(parse_one("<urn:s> <urn:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .").object,
            Term::literal("1", "http://www.w3.org/2001/XMLSchema#integer"));
  EXPECT_EQ(parse_one("<urn:s> <urn:p> \"s\"^^<http://www.w3.org/2001/XMLSchema#string> .").object,
            Term::literal("s"));
  EXPECT_EQ(parse_one("<urn:s> <urn:p> \"a # b <c> . _:d\" .").object,
            Term::literal("a # b <c> . _:d"));
}

TEST(ParseNQuads, DecodesStringEscapes) {
  EXPECT_EQ(parse_one(R"(<urn:s> <urn:p> "\t\b\n\r\f\"\'\\" .)").object.value, "\t\b\n\r\f\"'\\");
  EXPECT_EQ(parse_one(R"(<urn:s> <urn:p> "\u00E9\u00e9\U0001F600" .)").object.value,
            "\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(parse_one(R"(<urn:s> <urn:p> "\u0000" .)").object.value, std::string(1, '\0'));
  // A raw tab and other raw control characters except CR and LF are allowed in a literal.
  EXPECT_EQ(parse_one("<urn:s> <urn:p> \"a\tb\x01\" .").object.value, "a\tb\x01");
}

TEST(ParseNQuads, DecodesIriEscapes) {
  EXPECT_EQ(parse_one(R"(<http://example.org/\u00E9> <urn:p> <urn:\U0001F600> .)").subject,
            Term::iri("http://example.org/\xC3\xA9"));
  EXPECT_EQ(parse_one(R"(<urn:s> <urn:p> <urn:\u0061> .)").object, Term::iri("urn:a"));
}

TEST(ParseNQuads, SkipsCommentsBlankLinesAndWhitespace) {
  const Dataset dataset = parse_ok(
      "# a comment\n"
      "\n"
      "  \t<urn:s>\t<urn:p>   <urn:o>  .  # trailing comment with \xC3\xA9\n"
      "#\n"
      "<urn:s><urn:p><urn:o2>.\n"
      "   \n");
  ASSERT_EQ(dataset.size(), 2u);
  EXPECT_EQ(dataset[1].object, Term::iri("urn:o2"));
}

TEST(ParseNQuads, AcceptsEveryLineEnd) {
  EXPECT_EQ(parse_ok("<urn:s> <urn:p> <urn:a> .\r\n<urn:s> <urn:p> <urn:b> .\r\n").size(), 2u);
  EXPECT_EQ(parse_ok("<urn:s> <urn:p> <urn:a> .\r<urn:s> <urn:p> <urn:b> .").size(), 2u);
  EXPECT_EQ(parse_ok("<urn:s> <urn:p> <urn:a> .\n\n\n<urn:s> <urn:p> <urn:b> .").size(), 2u);
}

TEST(ParseNQuads, ReadsEmptyDocuments) {
  EXPECT_TRUE(parse_ok("").empty());
  EXPECT_TRUE(parse_ok("\n\n# only a comment").empty());
}

TEST(ParseNQuads, KeepsDuplicatesInDocumentOrder) {
  const Dataset dataset =
      parse_ok("<urn:s> <urn:p> \"1\" .\n<urn:s> <urn:p> \"1\" .\n<urn:s> <urn:p> \"0\" .\n");
  ASSERT_EQ(dataset.size(), 3u);
  EXPECT_EQ(dataset[0], dataset[1]);
  EXPECT_EQ(dataset[2].object.value, "0");
}

TEST(ParseNQuads, RejectsBadSyntax) {
  const std::string_view bad_documents[] = {
      "<urn:s> <urn:p> <urn:o>",                              // no '.'
      "<urn:s> <urn:p> <urn:o> . <urn:s> <urn:p> <urn:o> .",  // two statements on a line
      "<urn:s> <urn:p> .",                                    // no object
      "\"s\" <urn:p> <urn:o> .",                              // literal subject
      "<urn:s> \"p\" <urn:o> .",                              // literal predicate
      "<urn:s> _:p <urn:o> .",                                // blank node predicate
      "<urn:s> <urn:p> <urn:o> \"g\" .",                      // literal graph
      "<urn:s> <urn:p> <urn:o> <urn:g> <urn:h> .",            // too many terms
      "<urn:s <urn:p> <urn:o> .",                             // '<' is not allowed in an IRI
      "<urn:s> <urn:p> <urn:o",                               // unterminated IRI
      "<urn:s> <urn:p> <urn:o\n> .",                          // IRI broken by a line end
      "<urn:a b> <urn:p> <urn:o> .",                          // space in an IRI
      "<relative> <urn:p> <urn:o> .",                         // relative IRI
      "<> <urn:p> <urn:o> .",                                 // empty (relative) IRI
      "<urn:s> <urn:p> <urn:\\u0020> .",  // escape of a character IRIs cannot hold
      "<urn:s> <urn:p> <urn:\\u003E> .",
      "<urn:s> <urn:p> <urn:\\n> .",        // ECHAR is not allowed in an IRI
      "<urn:s> <urn:p> \"a .",              // unterminated literal
      "<urn:s> <urn:p> \"a\nb\" .",         // raw line feed in a literal
      "<urn:s> <urn:p> \"a\rb\" .",         // raw carriage return in a literal
      "<urn:s> <urn:p> \"\\x\" .",          // unknown escape
      "<urn:s> <urn:p> \"\\u12\" .",        // short \u
      "<urn:s> <urn:p> \"\\U0000004\" .",   // short \U
      "<urn:s> <urn:p> \"\\uD800\" .",      // surrogate
      "<urn:s> <urn:p> \"\\U00110000\" .",  // beyond U+10FFFF
      "<urn:s> <urn:p> \"a\"@ .",           // empty language tag
      "<urn:s> <urn:p> \"a\"@-en .",
      "<urn:s> <urn:p> \"a\"@en- .",
      "<urn:s> <urn:p> \"a\"@1en .",
      "<urn:s> <urn:p> \"a\"^<urn:t> .",  // single '^'
      "<urn:s> <urn:p> \"a\"^^\"t\" .",   // datatype not an IRI
      "<urn:s> <urn:p> \"a\"^^<t> .",     // relative datatype
      "<urn:s> <urn:p> \"a\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .",
      "_: <urn:p> <urn:o> .",    // empty label
      "_:-a <urn:p> <urn:o> .",  // label cannot start with '-'
      "_:.a <urn:p> <urn:o> .",  // nor with '.'
      "_a <urn:p> <urn:o> .",    // no ':'
      "<urn:s> <urn:p> <urn:o> . junk",
      "\xEF\xBB\xBF<urn:s> <urn:p> <urn:o> .",  // byte order mark
  };
  for (const std::string_view text : bad_documents) {
    EXPECT_EQ(parse_error(text).code, "invalid N-Quads") << text;
  }
}

TEST(ParseNQuads, RejectsMalformedUtf8) {
  const std::string_view bad_documents[] = {
      "<urn:\xC3> <urn:p> <urn:o> .",            // truncated sequence
      "<urn:s> <urn:p> \"\x80\" .",              // stray continuation byte
      "<urn:s> <urn:p> \"\xC0\xAF\" .",          // overlong
      "<urn:s> <urn:p> \"\xED\xA0\x80\" .",      // encoded surrogate
      "<urn:s> <urn:p> \"\xF4\x90\x80\x80\" .",  // beyond U+10FFFF
      "_:a\xFF <urn:p> <urn:o> .",
      "<urn:s> <urn:p> <urn:o> . # \xFE",
  };
  for (const std::string_view text : bad_documents) {
    const Error error = parse_error(text);
    EXPECT_EQ(error.code, "invalid N-Quads") << text;
    EXPECT_NE(error.message.find("UTF-8"), std::string::npos) << error.message;
  }
}

TEST(ParseNQuads, SaysWhereTheErrorIs) {
  const Error error =
      parse_error("<urn:s> <urn:p> <urn:o> .\n# comment\r\n<urn:s> <urn:p> <urn:o> <urn:g>\n");
  EXPECT_EQ(error.code, "invalid N-Quads");
  EXPECT_NE(error.message.find("line 3, column 32"), std::string::npos) << error.message;
}

TEST(ParseNQuads, EnforcesItsLimits) {
  NQuadsLimits limits;
  limits.max_bytes = 10;
  EXPECT_EQ(parse_error("<urn:s> <urn:p> <urn:o> .", limits).code, "limit exceeded");

  limits = {};
  limits.max_quads = 2;
  EXPECT_TRUE(parse_nquads("<urn:s> <urn:p> \"1\" .\n<urn:s> <urn:p> \"2\" .\n", limits).ok());
  EXPECT_EQ(
      parse_error("<urn:s> <urn:p> \"1\" .\n<urn:s> <urn:p> \"2\" .\n<urn:s> <urn:p> \"3\" .\n",
                  limits)
          .code,
      "limit exceeded");

  limits = {};
  limits.max_term_bytes = 8;
  EXPECT_TRUE(parse_nquads("<urn:s> <urn:p> \"12345678\" .", limits).ok());
  EXPECT_EQ(parse_error("<urn:s> <urn:p> \"123456789\" .", limits).code, "limit exceeded");
  EXPECT_EQ(parse_error("<urn:s> <urn:p> <urn:123456> .", limits).code, "limit exceeded");
  EXPECT_EQ(parse_error("_:abcdefghi <urn:p> <urn:o> .", limits).code, "limit exceeded");
}

}  // namespace
}  // namespace cairn::canon::rdf
