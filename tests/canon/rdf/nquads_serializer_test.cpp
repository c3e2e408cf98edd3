// Canonical N-Quads writing, checked against the rules of RDFC-1.0 Appendix A, and round trips
// through the reader.
#include "canon/rdf/nquads_serializer.h"

#include <gtest/gtest.h>

#include <string>

#include "canon/rdf/nquads_parser.h"

namespace cairn::canon::rdf {
namespace {

std::string literal_line(std::string lexical) {
  return to_nquad_line({Term::iri("urn:s"), Term::iri("urn:p"), Term::literal(std::move(lexical)),
                        Term::default_graph()});
}

TEST(ToNQuadLine, WritesEachKindOfTerm) {
  EXPECT_EQ(to_nquad_line({Term::iri("urn:s"), Term::iri("urn:p"), Term::iri("urn:o"),
                           Term::default_graph()}),
            "<urn:s> <urn:p> <urn:o> .\n");
  EXPECT_EQ(
      to_nquad_line({Term::blank("b0"), Term::iri("urn:p"), Term::blank("b1"), Term::blank("g")}),
      "_:b0 <urn:p> _:b1 _:g .\n");
  EXPECT_EQ(to_nquad_line(
                {Term::iri("urn:s"), Term::iri("urn:p"), Term::literal("v"), Term::iri("urn:g")}),
            "<urn:s> <urn:p> \"v\" <urn:g> .\n");
}

TEST(ToNQuadLine, WritesDatatypesAndLanguages) {
  const auto object_of = [](Term object) {
    return to_nquad_line(
        {Term::iri("urn:s"), Term::iri("urn:p"), std::move(object), Term::default_graph()});
  };
  EXPECT_EQ(object_of(Term::literal("a", kXsdString)), "<urn:s> <urn:p> \"a\" .\n");
  EXPECT_EQ(object_of(Term::literal("a", kRdfLangString, "en-GB")),
            "<urn:s> <urn:p> \"a\"@en-GB .\n");
  EXPECT_EQ(object_of(Term::literal("1", "http://www.w3.org/2001/XMLSchema#integer")),
            "<urn:s> <urn:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
}

TEST(ToNQuadLine, EscapesLiteralsAsRdfc10Says) {
  // ECHAR for BS, HT, LF, FF, CR, '"' and '\'.
  EXPECT_EQ(literal_line("\b\t\n\f\r\"\\"), "<urn:s> <urn:p> \"\\b\\t\\n\\f\\r\\\"\\\\\" .\n");
  // UCHAR with upper-case hex for the other C0 controls and DEL.
  EXPECT_EQ(literal_line(std::string("\0\x01\x07\x0B\x0E\x1F\x7F", 7)),
            "<urn:s> <urn:p> \"\\u0000\\u0001\\u0007\\u000B\\u000E\\u001F\\u007F\" .\n");
  // U+FFFE and U+FFFF are not XML 1.1 Chars; U+FFFD is.
  EXPECT_EQ(literal_line("\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD"),
            "<urn:s> <urn:p> \"\\uFFFE\\uFFFF\xEF\xBF\xBD\" .\n");
  // Everything else as itself: the apostrophe, printable ASCII, any other Unicode.
  EXPECT_EQ(literal_line("it's <a> #1 \xC3\xA9\xF0\x9F\x98\x80"),
            "<urn:s> <urn:p> \"it's <a> #1 \xC3\xA9\xF0\x9F\x98\x80\" .\n");
}

TEST(ToNQuadLine, EscapesEveryControlCharacter) {
  for (int byte = 0; byte < 0x20; ++byte) {
    const std::string line = literal_line(std::string(1, static_cast<char>(byte)));
    const bool echar = byte == 0x08 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D;
    EXPECT_EQ(line.size(), std::string("<urn:s> <urn:p> \"\" .\n").size() + (echar ? 2 : 6))
        << byte;
    const std::string literal = line.substr(line.find('"'), line.rfind('"') - line.find('"') + 1);
    EXPECT_EQ(literal.find(static_cast<char>(byte)), std::string::npos) << byte;
  }
}

TEST(ToNQuads, SortsByCodePointAndDropsDuplicates) {
  const Dataset dataset = {
      {Term::iri("urn:s"), Term::iri("urn:p"), Term::literal("\xC3\xA9"), Term::default_graph()},
      {Term::iri("urn:s"), Term::iri("urn:p"), Term::literal("z"), Term::default_graph()},
      {Term::blank("b"), Term::iri("urn:p"), Term::literal("a"), Term::default_graph()},
      {Term::iri("urn:s"), Term::iri("urn:p"), Term::literal("z"), Term::default_graph()},
  };
  EXPECT_EQ(to_nquads(dataset),
            "<urn:s> <urn:p> \"z\" .\n"
            "<urn:s> <urn:p> \"\xC3\xA9\" .\n"
            "_:b <urn:p> \"a\" .\n");
  EXPECT_EQ(to_nquads({}), "");
}

TEST(ToNQuads, RoundTripsThroughTheReader) {
  const std::string document =
      "<http://example.org/\\u00E9> <urn:p> \"tab\\there \\u0001 \\\"q\\\" \\U0001F600\"@en .\n"
      "_:a <urn:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .\n"
      "_:a <urn:p> \"\\uFFFF\\u007f\\r\" <urn:g> .  # comment\n"
      "<urn:s> <urn:p> _:a .\n";
  Result<Dataset> first = parse_nquads(document);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  const std::string written = to_nquads(*first);
  Result<Dataset> second = parse_nquads(written);
  ASSERT_TRUE(second.ok()) << second.error().to_string() << "\n" << written;
  EXPECT_EQ(to_nquads(*second), written);
  ASSERT_EQ(second->size(), first->size());
  for (const Quad& quad : *first) {
    EXPECT_NE(std::find(second->begin(), second->end(), quad), second->end())
        << to_nquad_line(quad);
  }
}

}  // namespace
}  // namespace cairn::canon::rdf
