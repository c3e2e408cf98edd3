#include "cli/jsonld_flags.h"

#include <filesystem>
#include <utility>

#include "canon/json/json_parser.h"
#include "canon/jsonld/chained_document_loader.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/directory_document_loader.h"
#include "canon/jsonld/to_rdf.h"
#include "cli/input.h"
#include "contexts/bundled_document_loader.h"

namespace cairn::cli {
namespace {

// The file: URL of a local path, percent-encoding what an IRI path cannot hold.
std::string file_url(const std::string& path) {
  std::error_code ignored;
  const std::string absolute = std::filesystem::absolute(path, ignored).lexically_normal().string();
  std::string url = "file://";
  for (const unsigned char c : absolute) {
    if (c <= 0x20 || c == '%' || c == '#' || c == '?' || c == '"' || c == '<' || c == '>' ||
        c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' || c >= 0x7f) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 0xf];
    } else {
      url += static_cast<char>(c);
    }
  }
  return url;
}

}  // namespace

void JsonLdFlags::add_to(CLI::App& command) {
  command.add_option("--base", base, "The document's base IRI (default: the file's own URL)");
  command.add_option("--load-prefix", load_prefixes,
                     "PREFIX=DIR: documents and contexts under PREFIX are read from DIR");
  command.add_option("--processing-mode", processing_mode, "json-ld-1.0 or json-ld-1.1 (default)")
      ->check(CLI::IsMember({"json-ld-1.0", "json-ld-1.1"}));
  command.add_option("--rdf-direction", rdf_direction, "i18n-datatype or compound-literal")
      ->check(CLI::IsMember({"i18n-datatype", "compound-literal"}));
  command.add_flag("--generalized-rdf", generalized_rdf,
                   "Keep triples with blank node predicates (generalized RDF)");
  command.add_option("--expand-context", expand_context_file,
                     "A JSON-LD context (file) applied before the document's own");
}

struct JsonLdSession::Parts {
  contexts::BundledDocumentLoader bundled;
  std::vector<std::unique_ptr<canon::jsonld::DirectoryDocumentLoader>> directories;
  std::unique_ptr<canon::jsonld::ChainedDocumentLoader> chain;
  canon::jsonld::ContextCache cache;
};

JsonLdSession::JsonLdSession() : parts_(std::make_unique<Parts>()) {}
JsonLdSession::~JsonLdSession() = default;

Result<std::unique_ptr<JsonLdSession>> JsonLdSession::open(const JsonLdFlags& flags,
                                                           const std::string& input_path) {
  std::unique_ptr<JsonLdSession> session(new JsonLdSession());
  Parts& parts = *session->parts_;
  canon::jsonld::JsonLdOptions& options = session->options_;

  std::vector<const canon::jsonld::DocumentLoader*> links{&parts.bundled};
  for (const std::string& mapping : flags.load_prefixes) {
    const std::size_t equals = mapping.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == mapping.size()) {
      return Error{"invalid option", "--load-prefix wants PREFIX=DIR, got \"" + mapping + "\""};
    }
    parts.directories.push_back(std::make_unique<canon::jsonld::DirectoryDocumentLoader>(
        mapping.substr(0, equals), mapping.substr(equals + 1)));
    links.push_back(parts.directories.back().get());
  }
  parts.chain = std::make_unique<canon::jsonld::ChainedDocumentLoader>(std::move(links));
  options.loader = parts.chain.get();
  options.context_cache = &parts.cache;

  if (!flags.base.empty()) {
    options.base = flags.base;
  } else if (input_path != "-") {
    options.base = file_url(input_path);
  }
  if (flags.processing_mode == "json-ld-1.0") {
    options.processing_mode = canon::jsonld::ProcessingMode::kJsonLd10;
  }
  if (flags.rdf_direction == "i18n-datatype") {
    options.rdf_direction = canon::jsonld::RdfDirection::kI18nDatatype;
  } else if (flags.rdf_direction == "compound-literal") {
    options.rdf_direction = canon::jsonld::RdfDirection::kCompoundLiteral;
  }
  options.produce_generalized_rdf = flags.generalized_rdf;
  if (!flags.expand_context_file.empty()) {
    Result<std::string> text = read_input(flags.expand_context_file);
    if (!text) return text.error();
    Result<boost::json::value> context = canon::json::parse_json(*text);
    if (!context) return context.error();
    options.expand_context = std::move(*context);
  }
  return session;
}

Result<canon::rdf::Dataset> read_jsonld_dataset(const JsonLdFlags& flags, const std::string& path) {
  Result<std::string> text = read_input(path);
  if (!text) return text.error();
  Result<boost::json::value> document = canon::json::parse_json(*text);
  if (!document) return document.error();
  Result<std::unique_ptr<JsonLdSession>> session = JsonLdSession::open(flags, path);
  if (!session) return session.error();
  return canon::jsonld::to_rdf(*document, (*session)->options());
}

}  // namespace cairn::cli
