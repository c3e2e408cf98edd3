#include "expand_suite_support.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "canon/json/json_parser.h"
#include "canon/jsonld/expansion.h"

namespace cairn::canon::jsonld::testing {

namespace json = boost::json;

std::optional<std::filesystem::path> suite_directory() {
  const std::filesystem::path suite =
      std::filesystem::path(CAIRN_SHARED_DIR) / "conformance" / "json-ld-api" / "tests";
  if (!std::filesystem::exists(suite / "toRdf-manifest.jsonld")) return std::nullopt;
  return suite;
}

json::value read_json(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  // The project's parser, which reads numbers exactly as JavaScript does.
  Result<json::value> parsed = canon::json::parse_json(text.str());
  if (!parsed.ok()) throw std::runtime_error(path.string() + ": " + parsed.error().to_string());
  return std::move(*parsed);
}

std::vector<SuiteTest> load_suite(const std::filesystem::path& suite) {
  std::vector<SuiteTest> tests;
  const json::value manifest = read_json(suite / "toRdf-manifest.jsonld");
  for (const json::value& entry : manifest.at("sequence").as_array()) {
    const json::object& object = entry.as_object();
    SuiteTest test;
    test.id = object.at("@id").as_string();
    test.name = object.at("name").as_string();
    test.input = object.at("input").as_string();
    for (const json::value& type : object.at("@type").as_array()) {
      if (type == "jld:NegativeEvaluationTest") test.negative = true;
    }
    if (const json::value* code = object.if_contains("expectErrorCode")) {
      test.expected_error = code->as_string();
    }
    if (const json::value* option = object.if_contains("option")) {
      test.option = option->as_object();
      if (const json::value* version = test.option.if_contains("specVersion")) {
        test.json_ld_10_only = *version == "json-ld-1.0";
      }
    }
    tests.push_back(std::move(test));
  }
  return tests;
}

DirectoryDocumentLoader suite_loader(const std::filesystem::path& suite) {
  return DirectoryDocumentLoader(kSuiteBase, suite);
}

void MapDocumentLoader::add(std::string url, std::string_view json_text) {
  documents_.emplace_back(std::move(url), json::parse(json_text));
}

Result<RemoteDocument> MapDocumentLoader::load(std::string_view url) const {
  ++loads_;
  for (const auto& [served_url, document] : documents_) {
    if (served_url == url) return RemoteDocument{served_url, {}, "application/ld+json", document};
  }
  return Error{"loading document failed", "no document for " + std::string(url)};
}

JsonLdOptions options_for(const SuiteTest& test, const DocumentLoader& loader) {
  JsonLdOptions options;
  options.loader = &loader;
  options.base = kSuiteBase + test.input;
  if (const json::value* base = test.option.if_contains("base")) {
    options.base = base->as_string();
  }
  if (const json::value* mode = test.option.if_contains("processingMode")) {
    if (*mode == "json-ld-1.0") options.processing_mode = ProcessingMode::kJsonLd10;
  }
  if (const json::value* context = test.option.if_contains("expandContext")) {
    Result<RemoteDocument> document = loader.load(kSuiteBase + std::string(context->as_string()));
    if (document.ok()) options.expand_context = document->document;
  }
  return options;
}

namespace {

// `ordered`: this array's order matters (an @list); `literal`: inside an @value (a JSON literal),
// where every array's order matters.
void write_canonical(const json::value& value, bool ordered, bool literal, std::string& out) {
  switch (value.kind()) {
    case json::kind::object: {
      std::vector<std::pair<std::string, std::string>> entries;
      for (const auto& entry : value.get_object()) {
        std::string text;
        const bool value_entry = literal || entry.key() == "@value";
        write_canonical(entry.value(), value_entry || entry.key() == "@list", value_entry, text);
        entries.emplace_back(json::serialize(json::string(entry.key())), std::move(text));
      }
      std::sort(entries.begin(), entries.end());
      out += '{';
      for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) out += ',';
        out += entries[i].first + ':' + entries[i].second;
      }
      out += '}';
      break;
    }
    case json::kind::array: {
      std::vector<std::string> items;
      for (const json::value& item : value.get_array()) {
        items.emplace_back();
        write_canonical(item, literal, literal, items.back());
      }
      if (!ordered) std::sort(items.begin(), items.end());
      out += '[';
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ',';
        out += items[i];
      }
      out += ']';
      break;
    }
    case json::kind::double_: {
      const double number = value.get_double();
      if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 1e15) {
        out += std::to_string(static_cast<long long>(number));
      } else {
        out += json::serialize(value);
      }
      break;
    }
    default:
      out += json::serialize(value);
  }
}

}  // namespace

std::string canonical_expanded(const json::value& value) {
  std::string out;
  write_canonical(value, false, false, out);
  return out;
}

std::string expanded(std::string_view document, const JsonLdOptions& options) {
  const Result<json::array> result = expand(json::parse(document), options);
  return result.ok() ? canonical_expanded(*result) : "error: " + result.error().code;
}

std::string canonical(std::string_view expected) {
  return canonical_expanded(json::parse(expected));
}

}  // namespace cairn::canon::jsonld::testing
