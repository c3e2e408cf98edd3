#include "cli/canon_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "canon/jcs/jcs.h"
#include "canon/rdfc/canonicalize.h"
#include "cli/command_outcome.h"
#include "cli/input.h"
#include "cli/jsonld_flags.h"

namespace cairn::cli {
namespace {

struct CanonArgs {
  std::string algorithm;
  std::string input_format = "jsonld";
  std::string hash = "sha256";
  std::string path;
  JsonLdFlags jsonld;
};

Result<std::string> canonical_form(const CanonArgs& args) {
  canon::rdfc::RdfcOptions rdfc_options;
  if (args.hash == "sha384") rdfc_options.hash = canon::rdfc::HashAlgorithm::kSha384;
  if (args.algorithm == "rdfc" && args.input_format == "jsonld") {
    Result<canon::rdf::Dataset> dataset = read_jsonld_dataset(args.jsonld, args.path);
    if (!dataset) return dataset.error();
    Result<canon::rdfc::CanonicalForm> canonical =
        canon::rdfc::canonicalize(*dataset, rdfc_options);
    if (!canonical) return canonical.error();
    return std::move(canonical->nquads);
  }
  Result<std::string> text = read_input(args.path);
  if (!text) return text.error();
  if (args.algorithm == "jcs") return canon::jcs::canonicalize_text(*text);
  return canon::rdfc::canonicalize_nquads(*text, rdfc_options);
}

}  // namespace

void add_canon_command(CLI::App& app, int* exit_status) {
  auto args = std::make_shared<CanonArgs>();
  CLI::App* command = app.add_subcommand(
      "canon", "Print the canonical form of a document (JCS bytes or RDFC-1.0 N-Quads)");
  command->add_option("--alg", args->algorithm, "jcs (RFC 8785) or rdfc (RDFC-1.0)")
      ->required()
      ->check(CLI::IsMember({"jcs", "rdfc"}));
  command
      ->add_option("--input", args->input_format,
                   "For rdfc: what FILE holds, jsonld (default) or nquads")
      ->check(CLI::IsMember({"jsonld", "nquads"}));
  command
      ->add_option("--hash", args->hash, "For rdfc: the hash function, sha256 (default) or sha384")
      ->check(CLI::IsMember({"sha256", "sha384"}));
  command->add_option("FILE", args->path, "The document; - reads standard input")->required();
  args->jsonld.add_to(*command);

  command->callback([args, exit_status] {
    if (args->algorithm == "jcs" && args->input_format == "nquads") {
      *exit_status = report_invalid_input({"invalid option", "--input nquads needs --alg rdfc"});
      return;
    }
    Result<std::string> canonical = canonical_form(*args);
    if (!canonical) {
      *exit_status = report_invalid_input(canonical.error());
      return;
    }
    std::cout << *canonical << std::flush;
    *exit_status = kExitOk;
  });
}

}  // namespace cairn::cli
