#include "cli/rdf_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "canon/rdf/nquads_serializer.h"
#include "cli/command_outcome.h"
#include "cli/jsonld_flags.h"

namespace cairn::cli {
namespace {

struct RdfArgs {
  std::string path;
  JsonLdFlags jsonld;
};

Result<std::string> nquads_of(const RdfArgs& args) {
  Result<canon::rdf::Dataset> dataset = read_jsonld_dataset(args.jsonld, args.path);
  if (!dataset) return dataset.error();
  return canon::rdf::to_nquads(*dataset);
}

}  // namespace

void add_rdf_command(CLI::App& app, int* exit_status) {
  auto args = std::make_shared<RdfArgs>();
  CLI::App* command =
      app.add_subcommand("rdf", "Print the RDF dataset of a JSON-LD document as N-Quads");
  command->add_option("FILE", args->path, "The JSON-LD document; - reads standard input")
      ->required();
  args->jsonld.add_to(*command);

  command->callback([args, exit_status] {
    Result<std::string> nquads = nquads_of(*args);
    if (!nquads) {
      *exit_status = report_invalid_input(nquads.error());
      return;
    }
    std::cout << *nquads << std::flush;
    *exit_status = kExitOk;
  });
}

}  // namespace cairn::cli
