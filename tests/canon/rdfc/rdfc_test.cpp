// Properties of canonicalize() the conformance suite does not show on its own: independence from
// labels and order, the set semantics of the input, the limits and the errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <utility>

#include "canon/rdf/nquads_parser.h"
#include "canon/rdfc/canonicalize.h"

namespace cairn::canon::rdfc {
namespace {

using rdf::Dataset;
using rdf::Quad;
using rdf::Term;

Dataset parse(std::string_view nquads) {
  Result<Dataset> dataset = rdf::parse_nquads(nquads);
  EXPECT_TRUE(dataset.ok()) << dataset.error().to_string();
  return dataset.ok() ? std::move(*dataset) : Dataset{};
}

std::string canonical_nquads(const Dataset& dataset, const RdfcOptions& options = {}) {
  Result<CanonicalForm> form = canonicalize(dataset, options);
  EXPECT_TRUE(form.ok()) << form.error().to_string();
  return form.ok() ? form->nquads : std::string();
}

// The same dataset with its quads shuffled and its blank nodes renamed.
Dataset relabelled_and_shuffled(Dataset dataset, unsigned seed) {
  std::mt19937 random(seed);
  const auto rename = [&](Term& term) {
    if (term.kind == rdf::TermKind::kBlankNode)
      term.value = "renamed_" + term.value + "_" + std::to_string(seed);
  };
  for (Quad& quad : dataset) {
    rename(quad.subject);
    rename(quad.object);
    rename(quad.graph);
  }
  std::shuffle(dataset.begin(), dataset.end(), random);
  return dataset;
}

// Graphs whose blank nodes first-degree hashes cannot tell apart, so the N-degree path runs.
constexpr std::string_view kSymmetricGraphs[] = {
    // a directed cycle of three
    "_:a <urn:p> _:b .\n_:b <urn:p> _:c .\n_:c <urn:p> _:a .\n",
    // two cycles of two, one of them in a named graph named by a blank node
    "_:a <urn:p> _:b .\n_:b <urn:p> _:a .\n_:c <urn:p> _:d _:g .\n_:d <urn:p> _:c _:g .\n",
    // a diamond with a literal on one side
    "_:a <urn:p> _:b .\n_:a <urn:p> _:c .\n_:b <urn:p> _:d .\n_:c <urn:p> _:d .\n"
    "_:b <urn:q> \"x\" .\n",
};

TEST(Canonicalize, DoesNotDependOnLabelsOrQuadOrder) {
  for (const std::string_view nquads : kSymmetricGraphs) {
    const Dataset dataset = parse(nquads);
    const std::string expected = canonical_nquads(dataset);
    ASSERT_FALSE(expected.empty());
    for (unsigned seed = 1; seed <= 8; ++seed) {
      EXPECT_EQ(canonical_nquads(relabelled_and_shuffled(dataset, seed)), expected) << nquads;
    }
  }
}

TEST(Canonicalize, TellsNonIsomorphicDatasetsApart) {
  // The same shape with the literal on the other branch is isomorphic; on the sink it is not.
  const std::string diamond = canonical_nquads(parse(kSymmetricGraphs[2]));
  const std::string mirrored = canonical_nquads(
      parse("_:a <urn:p> _:b .\n_:a <urn:p> _:c .\n_:b <urn:p> _:d .\n_:c <urn:p> _:d .\n"
            "_:c <urn:q> \"x\" .\n"));
  const std::string different = canonical_nquads(
      parse("_:a <urn:p> _:b .\n_:a <urn:p> _:c .\n_:b <urn:p> _:d .\n_:c <urn:p> _:d .\n"
            "_:d <urn:q> \"x\" .\n"));
  EXPECT_EQ(diamond, mirrored);
  EXPECT_NE(diamond, different);
}

TEST(Canonicalize, LabelsALoneBlankNodeC14n0) {
  Result<CanonicalForm> form = canonicalize(parse("_:x <urn:p> _:x .\n"));
  ASSERT_TRUE(form.ok()) << form.error().to_string();
  EXPECT_EQ(form->nquads, "_:c14n0 <urn:p> _:c14n0 .\n");
  ASSERT_EQ(form->issued_identifiers.size(), 1u);
  EXPECT_EQ(form->issued_identifiers[0].first, "x");
  EXPECT_EQ(form->issued_identifiers[0].second, "c14n0");
}

TEST(Canonicalize, TreatsTheInputAsASet) {
  const Dataset once = parse("_:x <urn:p> _:y .\n<urn:s> <urn:p> \"v\"@en .\n");
  Dataset twice = once;
  twice.insert(twice.end(), once.begin(), once.end());
  const std::string canonical = canonical_nquads(twice);
  EXPECT_EQ(canonical, canonical_nquads(once));
  EXPECT_EQ(std::count(canonical.begin(), canonical.end(), '\n'), 2);
}

// Found by the N-Quads fuzzer: _:m and _:n are not automorphic (each is the subject of a urn:p
// quad in a different named graph), yet Hash N-Degree Quads gives them equal hashes, so the
// order of the input decides which is labelled first.
constexpr std::string_view kNonAutomorphicTie =
    "_:n <urn:p> _:m _:g1 .\n_:m <urn:p> _:n _:g2 .\n_:x <urn:q> _:y _:g2 .\n"
    "_:g1 <urn:r> \"1\" .\n";

TEST(Canonicalize, CountsTiesThatInputOrderBreaks) {
  Result<CanonicalForm> tied = canonicalize(parse(kNonAutomorphicTie));
  ASSERT_TRUE(tied.ok()) << tied.error().to_string();
  EXPECT_GT(tied->input_order_ties, 0u);
  // The tie shows: the two quad orders give two canonical forms of one dataset.
  Dataset reversed = parse(kNonAutomorphicTie);
  std::swap(reversed[0], reversed[1]);
  Result<CanonicalForm> other = canonicalize(reversed);
  ASSERT_TRUE(other.ok()) << other.error().to_string();
  EXPECT_NE(other->nquads, tied->nquads);

  Result<CanonicalForm> untied = canonicalize(parse("_:a <urn:p> _:b .\n_:b <urn:q> \"v\" .\n"));
  ASSERT_TRUE(untied.ok()) << untied.error().to_string();
  EXPECT_EQ(untied->input_order_ties, 0u);
}

TEST(Canonicalize, IssuedIdentifiersAreInIssueOrder) {
  Result<CanonicalForm> form = canonicalize(parse(kSymmetricGraphs[1]));
  ASSERT_TRUE(form.ok()) << form.error().to_string();
  ASSERT_EQ(form->issued_identifiers.size(), 5u);
  for (std::size_t i = 0; i < form->issued_identifiers.size(); ++i) {
    EXPECT_EQ(form->issued_identifiers[i].second, "c14n" + std::to_string(i));
  }
}

TEST(Canonicalize, StopsAtTheWorkLimit) {
  RdfcOptions options;
  options.max_work = 3;
  const Result<CanonicalForm> form = canonicalize(parse(kSymmetricGraphs[0]), options);
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.error().code, "rdfc work limit exceeded");
  EXPECT_NE(form.error().message.find("max_work"), std::string::npos);
}

TEST(Canonicalize, StopsAtTheRecursionLimit) {
  // A ring of look-alike nodes: Hash N-Degree Quads follows it all the way round.
  std::string ring;
  constexpr int kRingSize = 40;
  for (int i = 0; i < kRingSize; ++i) {
    ring += "_:n" + std::to_string(i) + " <urn:next> _:n" + std::to_string((i + 1) % kRingSize) +
            " .\n";
  }
  const Dataset dataset = parse(ring);
  RdfcOptions options;
  options.max_recursion_depth = 10;
  const Result<CanonicalForm> limited = canonicalize(dataset, options);
  ASSERT_FALSE(limited.ok());
  EXPECT_EQ(limited.error().code, "rdfc work limit exceeded");
  EXPECT_NE(limited.error().message.find("max_recursion_depth"), std::string::npos);
  EXPECT_TRUE(canonicalize(dataset).ok());
}

TEST(Canonicalize, RejectsQuadsThatCannotBeRdf) {
  const Term iri = Term::iri("urn:x");
  const Term literal = Term::literal("v");
  const Quad bad_quads[] = {
      {literal, iri, iri, Term::default_graph()},
      {iri, Term::blank("p"), iri, Term::default_graph()},
      {iri, iri, Term::default_graph(), Term::default_graph()},
      {iri, iri, iri, literal},
      {Term::blank(""), iri, iri, Term::default_graph()},
  };
  for (const Quad& quad : bad_quads) {
    const Result<CanonicalForm> form = canonicalize(Dataset{quad});
    ASSERT_FALSE(form.ok());
    EXPECT_EQ(form.error().code, "invalid dataset");
  }
}

TEST(CanonicalizeNQuads, ReturnsTheCanonicalText) {
  const Result<std::string> text =
      canonicalize_nquads("_:b1 <urn:p> \"\\u0041\" .  # a comment\n<urn:s> <urn:p> _:b1 .");
  ASSERT_TRUE(text.ok()) << text.error().to_string();
  EXPECT_EQ(*text, "<urn:s> <urn:p> _:c14n0 .\n_:c14n0 <urn:p> \"A\" .\n");
}

TEST(CanonicalizeNQuads, ReportsParseErrors) {
  const Result<std::string> text = canonicalize_nquads("<urn:s> <urn:p> .\n");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().code, "invalid N-Quads");
}

}  // namespace
}  // namespace cairn::canon::rdfc
