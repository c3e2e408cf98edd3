// The W3C JSON-LD 1.1 toRdf conformance suite (json-ld-api/tests/toRdf-manifest.jsonld), one
// GoogleTest case per manifest entry, plus a summary that holds the pass rate.
//
// - Applicability: tests for JSON-LD 1.0 processors only (option specVersion "json-ld-1.0") do
//   not apply to a 1.1 processor; tests run in processing mode json-ld-1.0 do.
// - Positive evaluation tests: our dataset and the expected N-Quads are compared as isomorphic
//   datasets, by comparing their RDFC-1.0 canonical N-Quads byte for byte.
// - Negative evaluation tests: to_rdf must fail with exactly the expected JSON-LD error code.
// - Every test's expanded input also goes through expanded_to_rdf_in_document_order, which must
//   give the node map path's dataset (compared by RDFC-1.0) or its error code.
// - Every test's input also goes through direct_to_rdf, which must decline or give to_rdf's
//   dataset, and must decline wherever to_rdf fails.
// - Positive syntax tests: to_rdf must succeed, and its N-Quads must read back as the same dataset.
// - to_rdf_known_failures.tsv (id TAB reason) lists every test that does not apply or fails. A
//   listed test is reported as skipped with its reason; a listed test that passes fails (so the
//   list stays true), and so does an unlisted test that fails or does not apply.
//
// Documents are served by a DirectoryDocumentLoader mapping the suite's base URL to the local
// copy, so each document's base IRI is the URL it has in the suite.
#include <gtest/gtest.h>

#include <boost/json/value.hpp>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "canon/json/json_parser.h"
#include "canon/jsonld/direct_to_rdf.h"
#include "canon/jsonld/directory_document_loader.h"
#include "canon/jsonld/expansion.h"
#include "canon/jsonld/to_rdf.h"
#include "canon/rdf/nquads_parser.h"
#include "canon/rdf/nquads_serializer.h"
#include "canon/rdfc/canonicalize.h"

namespace cairn::canon::jsonld {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

constexpr std::string_view kSuiteBase = "https://w3c.github.io/json-ld-api/tests/";
const fs::path kSuiteDir = fs::path(CAIRN_SHARED_DIR) / "conformance" / "json-ld-api" / "tests";
const fs::path kManifest = kSuiteDir / "toRdf-manifest.jsonld";
const fs::path kKnownFailures =
    fs::path(CAIRN_SOURCE_DIR) / "tests" / "canon" / "jsonld" / "to_rdf_known_failures.tsv";
constexpr double kRequiredPassRate = 0.97;
// How many of the suite's tests direct_to_rdf reads rather than declines (140 when written).
constexpr std::size_t kDirectlyReadAtLeast = 135;

enum class TestKind { kPositiveEvaluation, kNegativeEvaluation, kPositiveSyntax, kOther };

struct SuiteTest {
  std::string id;  // the manifest's @id without "#", e.g. "te001"
  std::string name;
  TestKind kind = TestKind::kOther;
  std::string input;              // relative to kSuiteBase
  std::string expect;             // positive evaluation tests
  std::string expect_error_code;  // negative evaluation tests
  json::object option;
};

// gtest prints parameters; the id says which test it is.
void PrintTo(const SuiteTest& test, std::ostream* out) { *out << test.id; }

std::optional<std::string> read_text(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return std::nullopt;
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

std::string string_member(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : "";
}

struct Manifest {
  std::vector<SuiteTest> tests;
  std::string error;  // why the manifest could not be read, when it exists
};

Manifest read_manifest() {
  Manifest manifest;
  if (!fs::exists(kManifest)) return manifest;
  const std::optional<std::string> text = read_text(kManifest);
  Result<json::value> parsed = text ? canon::json::parse_json(*text) : Error{"unreadable", ""};
  if (!parsed || !parsed->is_object() || !parsed->at("sequence").is_array()) {
    manifest.error = kManifest.string() + " is not a manifest";
    return manifest;
  }
  for (const json::value& entry : parsed->at("sequence").get_array()) {
    const json::object& object = entry.as_object();
    SuiteTest test;
    test.id = string_member(object, "@id");
    if (test.id.starts_with("#")) test.id.erase(0, 1);
    test.name = string_member(object, "name");
    for (const json::value& type : object.at("@type").as_array()) {
      const std::string_view name = type.is_string() ? std::string_view(type.get_string()) : "";
      if (name == "jld:PositiveEvaluationTest") test.kind = TestKind::kPositiveEvaluation;
      if (name == "jld:NegativeEvaluationTest") test.kind = TestKind::kNegativeEvaluation;
      if (name == "jld:PositiveSyntaxTest") test.kind = TestKind::kPositiveSyntax;
    }
    test.input = string_member(object, "input");
    test.expect = string_member(object, "expect");
    test.expect_error_code = string_member(object, "expectErrorCode");
    if (const json::value* option = object.if_contains("option")) test.option = option->as_object();
    manifest.tests.push_back(std::move(test));
  }
  return manifest;
}

const Manifest& manifest() {
  static const Manifest loaded = read_manifest();
  return loaded;
}

struct KnownFailures {
  std::map<std::string, std::string> reasons;  // test id -> reason
  std::vector<std::string> malformed_lines;
};

// Lines are "id<TAB>reason"; empty lines and lines starting with "#" are comments.
KnownFailures read_known_failures() {
  KnownFailures known;
  std::ifstream stream(kKnownFailures);
  std::string line;
  while (std::getline(stream, line)) {
    if (line.empty() || line.starts_with("#")) continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size() ||
        !known.reasons.emplace(line.substr(0, tab), line.substr(tab + 1)).second) {
      known.malformed_lines.push_back(line);
    }
  }
  return known;
}

const KnownFailures& known_failures() {
  static const KnownFailures loaded = read_known_failures();
  return loaded;
}

// Why `test` is not one a JSON-LD 1.1 toRdf processor must pass, or nullopt when it is.
std::optional<std::string> not_applicable_reason(const SuiteTest& test) {
  if (string_member(test.option, "specVersion") == "json-ld-1.0") {
    return "not applicable: a test for JSON-LD 1.0 processors (specVersion json-ld-1.0)";
  }
  if (test.kind == TestKind::kOther) return "not applicable: not an evaluation or syntax test";
  // The toRdf suite uses none of these; a runner that meets one must learn to simulate it.
  for (const char* remote : {"contentType", "httpLink", "redirectTo", "httpStatus"}) {
    if (test.option.contains(remote)) {
      return std::string("not applicable: remote-document option ") + remote +
             " is not simulated by this runner";
    }
  }
  return std::nullopt;
}

// ---- comparing datasets ----

constexpr std::string_view kBlankPredicateIri = "urn:cairn-test:blank-node-predicate:";
constexpr std::string_view kReified = "urn:cairn-test:generalized#";

bool has_blank_node_predicate(const rdf::Dataset& dataset) {
  for (const rdf::Quad& quad : dataset) {
    if (quad.predicate.kind == rdf::TermKind::kBlankNode) return true;
  }
  return false;
}

// N-Quads and RDFC-1.0 have no blank node predicates. A generalized dataset is compared through
// a reversible encoding: each quad (s, _:p, o, g) becomes a fresh blank node r with (r subject s),
// (r predicate _:p) and (r object o) in g, so that two generalized datasets are isomorphic exactly
// when their encodings are. Duplicates are removed first, as a dataset is a set.
rdf::Dataset encode_generalized(const rdf::Dataset& dataset) {
  rdf::Dataset encoded;
  std::set<std::string> seen;
  std::size_t reified = 0;
  for (const rdf::Quad& quad : dataset) {
    if (!seen.insert(rdf::to_nquad_line(quad)).second) continue;
    if (quad.predicate.kind != rdf::TermKind::kBlankNode) {
      encoded.push_back(quad);
      continue;
    }
    const rdf::Term statement = rdf::Term::blank("cairn-test-reified" + std::to_string(reified++));
    const auto reify = [&](const char* role, const rdf::Term& term) {
      encoded.push_back(
          {statement, rdf::Term::iri(std::string(kReified) + role), term, quad.graph});
    };
    reify("subject", quad.subject);
    reify("predicate", quad.predicate);
    reify("object", quad.object);
  }
  return encoded;
}

Result<std::string> canonical_nquads(const rdf::Dataset& dataset) {
  Result<rdfc::CanonicalForm> form =
      rdfc::canonicalize(has_blank_node_predicate(dataset) ? encode_generalized(dataset) : dataset);
  if (!form) return form.error();
  return std::move(form->nquads);
}

// Reads expected N-Quads; with `generalized`, a blank node in predicate position (which the
// N-Quads grammar forbids) is accepted by reading it as a placeholder IRI and turning it back.
Result<rdf::Dataset> read_expected(const std::string& text, bool generalized) {
  if (!generalized) return rdf::parse_nquads(text);
  std::string rewritten;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const std::size_t subject_end = line.find(' ');
    if (subject_end != std::string::npos && line.compare(subject_end + 1, 2, "_:") == 0) {
      const std::size_t predicate_end = line.find(' ', subject_end + 1);
      const std::string label = line.substr(subject_end + 3, predicate_end - subject_end - 3);
      line = line.substr(0, subject_end + 1) + "<" + std::string(kBlankPredicateIri) + label + ">" +
             line.substr(predicate_end);
    }
    rewritten += line + "\n";
  }
  Result<rdf::Dataset> dataset = rdf::parse_nquads(rewritten);
  if (!dataset) return dataset;
  for (rdf::Quad& quad : *dataset) {
    if (quad.predicate.kind == rdf::TermKind::kIri &&
        quad.predicate.value.starts_with(kBlankPredicateIri)) {
      quad.predicate = rdf::Term::blank(quad.predicate.value.substr(kBlankPredicateIri.size()));
    }
  }
  return dataset;
}

// ---- running one test ----

struct Outcome {
  bool passed = false;
  std::string detail;  // what went wrong, or empty
};

Outcome fail_with(std::string detail) { return {false, std::move(detail)}; }

Result<JsonLdOptions> options_for(const SuiteTest& test, const DocumentLoader& loader,
                                  const RemoteDocument& input) {
  JsonLdOptions options;
  options.loader = &loader;
  options.base = input.document_url;
  if (test.option.contains("base")) options.base = string_member(test.option, "base");
  const std::string mode = string_member(test.option, "processingMode");
  if (mode == "json-ld-1.0") options.processing_mode = ProcessingMode::kJsonLd10;
  if (const json::value* generalized = test.option.if_contains("produceGeneralizedRdf")) {
    options.produce_generalized_rdf = generalized->is_bool() && generalized->get_bool();
  }
  const std::string direction = string_member(test.option, "rdfDirection");
  if (direction == "i18n-datatype") options.rdf_direction = RdfDirection::kI18nDatatype;
  if (direction == "compound-literal") options.rdf_direction = RdfDirection::kCompoundLiteral;
  if (test.option.contains("expandContext")) {
    Result<RemoteDocument> context =
        loader.load(std::string(kSuiteBase) + string_member(test.option, "expandContext"));
    if (!context) return context.error();
    options.expand_context = std::move(context->document);
  }
  return options;
}

Outcome run(const SuiteTest& test) {
  const DirectoryDocumentLoader loader(std::string(kSuiteBase), kSuiteDir);
  Result<rdf::Dataset> result = Error{};
  if (Result<RemoteDocument> input = loader.load(std::string(kSuiteBase) + test.input); !input) {
    result = input.error();
  } else if (Result<JsonLdOptions> options = options_for(test, loader, *input); !options) {
    return fail_with("cannot set up the options: " + options.error().to_string());
  } else {
    result = to_rdf(input->document, *options);
  }

  if (test.kind == TestKind::kNegativeEvaluation) {
    if (result.ok()) {
      return fail_with("expected error \"" + test.expect_error_code + "\", but got " +
                       std::to_string(result->size()) + " quads");
    }
    if (result.error().code != test.expect_error_code) {
      return fail_with("expected error \"" + test.expect_error_code + "\", got " +
                       result.error().to_string());
    }
    return {true, ""};
  }
  if (!result) return fail_with("failed with " + result.error().to_string());
  const bool generalized = test.option.contains("produceGeneralizedRdf");
  Result<std::string> actual = canonical_nquads(*result);
  if (!actual) return fail_with("RDFC-1.0 of our output failed: " + actual.error().to_string());

  if (test.kind == TestKind::kPositiveSyntax) {
    Result<rdf::Dataset> reread = rdf::parse_nquads(rdf::to_nquads(*result));
    if (!reread) return fail_with("our N-Quads do not read back: " + reread.error().to_string());
    Result<std::string> again = canonical_nquads(*reread);
    if (!again || *again != *actual) return fail_with("our N-Quads read back as another dataset");
    return {true, ""};
  }

  const std::optional<std::string> expected_text = read_text(kSuiteDir / test.expect);
  if (!expected_text) return fail_with("cannot read " + test.expect);
  Result<rdf::Dataset> expected_dataset = read_expected(*expected_text, generalized);
  if (!expected_dataset)
    return fail_with("cannot read " + test.expect + ": " + expected_dataset.error().to_string());
  Result<std::string> expected = canonical_nquads(*expected_dataset);
  if (!expected)
    return fail_with("RDFC-1.0 of " + test.expect + " failed: " + expected.error().to_string());
  if (*actual != *expected) {
    return fail_with("datasets differ (RDFC-1.0 canonical N-Quads)\n--- expected\n" + *expected +
                     "--- actual\n" + *actual);
  }
  return {true, ""};
}

// The canonical form of `dataset`, through the generalized encoding where it needs one.
Result<rdfc::CanonicalForm> canonical_form(const rdf::Dataset& dataset) {
  return rdfc::canonicalize(has_blank_node_predicate(dataset) ? encode_generalized(dataset)
                                                              : dataset);
}

// The test's input document and options (which point at `loader`), or nullopt when either
// cannot be had.
std::optional<std::pair<RemoteDocument, JsonLdOptions>> input_of(
    const SuiteTest& test, const DirectoryDocumentLoader& loader) {
  Result<RemoteDocument> input = loader.load(std::string(kSuiteBase) + test.input);
  if (!input) return std::nullopt;
  Result<JsonLdOptions> options = options_for(test, loader, *input);
  if (!options) return std::nullopt;
  return std::pair(std::move(*input), std::move(*options));
}

// Two datasets of one input compared: isomorphic (equal canonical N-Quads), or equal but for a
// tie RDFC-1.0 broke by input order, which it reports.
Outcome compare_datasets(const rdf::Dataset& reference, const rdf::Dataset& other,
                         std::string_view reference_name, std::string_view other_name) {
  const Result<rdfc::CanonicalForm> expected = canonical_form(reference);
  const Result<rdfc::CanonicalForm> actual = canonical_form(other);
  if (!expected || !actual) return fail_with("RDFC-1.0 failed on one of the datasets");
  if (expected->nquads == actual->nquads) return Outcome{true, ""};
  if (expected->input_order_ties > 0 || actual->input_order_ties > 0) return Outcome{true, ""};
  return fail_with("the datasets differ\n--- " + std::string(reference_name) + "\n" +
                   expected->nquads + "--- " + std::string(other_name) + "\n" + actual->nquads);
}

// expanded_to_rdf_in_document_order against expanded_to_rdf on the test's expanded input: the
// same error code, or the same dataset. Returns nullopt when expansion itself fails.
std::optional<Outcome> compare_document_order(const SuiteTest& test) {
  const DirectoryDocumentLoader loader(std::string(kSuiteBase), kSuiteDir);
  const auto input = input_of(test, loader);
  if (!input) return std::nullopt;
  const auto& [document, options] = *input;
  Result<json::array> expanded = expand(document.document, options);
  if (!expanded) return std::nullopt;

  const Result<rdf::Dataset> by_node_map = expanded_to_rdf(*expanded, options);
  const Result<rdf::Dataset> in_order = expanded_to_rdf_in_document_order(*expanded, options);
  if (!by_node_map || !in_order) {
    if (by_node_map.ok() != in_order.ok()) {
      return fail_with(
          std::string("only ") + (by_node_map ? "the document-order path" : "the node map path") +
          " fails: " + (by_node_map ? in_order.error() : by_node_map.error()).to_string());
    }
    if (by_node_map.error().code != in_order.error().code) {
      return fail_with("different errors: " + by_node_map.error().to_string() + " and " +
                       in_order.error().to_string());
    }
    return Outcome{true, ""};
  }
  return compare_datasets(*by_node_map, *in_order, "node map", "document order");
}

// direct_to_rdf against to_rdf on the test's input: where it does not decline, the same dataset,
// and no dataset at all where to_rdf fails. Returns nullopt when it declines.
std::optional<Outcome> compare_direct(const SuiteTest& test) {
  const DirectoryDocumentLoader loader(std::string(kSuiteBase), kSuiteDir);
  const auto input = input_of(test, loader);
  if (!input) return std::nullopt;
  const auto& [document, options] = *input;
  const std::optional<rdf::Dataset> direct = direct_to_rdf(document.document, options);
  if (!direct) return std::nullopt;
  const Result<rdf::Dataset> general = to_rdf(document.document, options);
  if (!general)
    return fail_with("to_rdf fails (" + general.error().to_string() + "), but not direct_to_rdf");
  return compare_datasets(*general, *direct, "to_rdf", "direct_to_rdf");
}

// ---- the tests ----

class ToRdfConformance : public ::testing::TestWithParam<SuiteTest> {};

TEST_P(ToRdfConformance, Run) {
  const SuiteTest& test = GetParam();
  const auto& reasons = known_failures().reasons;
  const auto listed = reasons.find(test.id);
  if (const std::optional<std::string> reason = not_applicable_reason(test)) {
    if (listed == reasons.end()) {
      FAIL() << test.id << " does not apply (" << *reason
             << ") and is missing from to_rdf_known_failures.tsv: add it with that reason";
    }
    GTEST_SKIP() << listed->second;
  }
  const Outcome outcome = run(test);
  if (listed != reasons.end()) {
    if (outcome.passed) {
      FAIL() << test.id << " passes now: remove it from to_rdf_known_failures.tsv";
    }
    GTEST_SKIP() << "known failure: " << listed->second;
  }
  EXPECT_TRUE(outcome.passed) << test.id << " (" << test.name << "): " << outcome.detail;
}

INSTANTIATE_TEST_SUITE_P(W3c, ToRdfConformance, ::testing::ValuesIn(manifest().tests),
                         [](const ::testing::TestParamInfo<SuiteTest>& info) {
                           return info.param.id;
                         });
// Without the shared suite there are no cases; the summary reports the skip.
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ToRdfConformance);

class ToRdfInDocumentOrder : public ::testing::TestWithParam<SuiteTest> {};

TEST_P(ToRdfInDocumentOrder, GivesTheNodeMapPathsDataset) {
  const std::optional<Outcome> outcome = compare_document_order(GetParam());
  if (!outcome) GTEST_SKIP() << "the input does not expand, so there is nothing to convert";
  EXPECT_TRUE(outcome->passed) << GetParam().id << ": " << outcome->detail;
}

INSTANTIATE_TEST_SUITE_P(W3c, ToRdfInDocumentOrder, ::testing::ValuesIn(manifest().tests),
                         [](const ::testing::TestParamInfo<SuiteTest>& info) {
                           return info.param.id;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ToRdfInDocumentOrder);

TEST(DirectToRdf, GivesToRdfsDatasetWhereverItDoesNotDecline) {
  if (!fs::exists(kManifest)) {
    GTEST_SKIP() << "skipped: ../shared/conformance/json-ld-api/tests not present";
  }
  std::size_t read = 0;
  for (const SuiteTest& test : manifest().tests) {
    if (not_applicable_reason(test)) continue;
    const std::optional<Outcome> outcome = compare_direct(test);
    if (!outcome) continue;
    ++read;
    EXPECT_TRUE(outcome->passed) << test.id << " (" << test.name << "): " << outcome->detail;
  }
  // The suite's plain documents are its to read; declining them all would be no fast path.
  EXPECT_GE(read, kDirectlyReadAtLeast);
}

TEST(ToRdfConformanceSummary, PassRateOfApplicableTests) {
  if (!fs::exists(kManifest)) {
    GTEST_SKIP() << "skipped: ../shared/conformance/json-ld-api/tests not present";
  }
  ASSERT_TRUE(manifest().error.empty()) << manifest().error;
  ASSERT_FALSE(manifest().tests.empty());
  const KnownFailures& known = known_failures();
  EXPECT_TRUE(known.malformed_lines.empty())
      << "to_rdf_known_failures.tsv has malformed or repeated lines, first: "
      << known.malformed_lines.front();
  std::set<std::string> ids;
  for (const SuiteTest& test : manifest().tests) ids.insert(test.id);
  for (const auto& [id, reason] : known.reasons) {
    EXPECT_TRUE(ids.contains(id)) << "to_rdf_known_failures.tsv lists " << id
                                  << ", which the manifest does not have";
  }

  std::size_t applicable = 0;
  std::size_t passed = 0;
  std::vector<std::string> failed;
  for (const SuiteTest& test : manifest().tests) {
    if (not_applicable_reason(test)) continue;
    ++applicable;
    if (run(test).passed) {
      ++passed;
    } else {
      failed.push_back(test.id);
    }
  }
  std::string failed_ids;
  for (const std::string& id : failed) failed_ids += " " + id;
  std::cout << "toRdf suite: " << manifest().tests.size() << " tests, " << applicable
            << " applicable, " << passed << " passed, " << failed.size() << " failed:" << failed_ids
            << "\n";
  ASSERT_GT(applicable, 0u);
  EXPECT_GE(static_cast<double>(passed), kRequiredPassRate * static_cast<double>(applicable))
      << passed << " of " << applicable << " applicable tests pass; failing:" << failed_ids;
}

}  // namespace
}  // namespace cairn::canon::jsonld
