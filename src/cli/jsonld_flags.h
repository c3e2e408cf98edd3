// The JSON-LD options shared by `cairn canon --alg rdfc` and `cairn rdf`, as command-line flags,
// and the objects (loaders, context cache) a run needs to honour them.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "canon/jsonld/options.h"
#include "canon/rdf/quad.h"
#include "common/result.h"

namespace cairn::cli {

struct JsonLdFlags {
  std::string base;                        // empty: the input file's own file: URL
  std::vector<std::string> load_prefixes;  // PREFIX=DIR
  std::string processing_mode = "json-ld-1.1";
  std::string rdf_direction;  // empty: none
  bool generalized_rdf = false;
  std::string expand_context_file;

  // Declares the flags on `command`.
  void add_to(CLI::App& command);
};

// Everything JsonLdOptions points to, alive as long as the session.
class JsonLdSession {
 public:
  // Builds the options for processing the document read from `input_path` ("-" for stdin).
  // Returns an Error ("invalid option", or the expand context's read/parse error) on bad flags.
  static Result<std::unique_ptr<JsonLdSession>> open(const JsonLdFlags& flags,
                                                     const std::string& input_path);
  ~JsonLdSession();

  const canon::jsonld::JsonLdOptions& options() const { return options_; }

 private:
  struct Parts;
  JsonLdSession();

  std::unique_ptr<Parts> parts_;
  canon::jsonld::JsonLdOptions options_;
};

// Reads the JSON-LD document at `path` ("-" for stdin) and returns its RDF dataset (toRdf) under
// `flags`, or the Error of whichever step failed (reading, JSON, JSON-LD).
Result<canon::rdf::Dataset> read_jsonld_dataset(const JsonLdFlags& flags, const std::string& path);

}  // namespace cairn::cli
