#include "cli/sign_command.h"

#include <boost/json/serialize.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <utility>

#include "canon/json/json_parser.h"
#include "cli/command_outcome.h"
#include "cli/input.h"
#include "cli/jsonl_batches.h"
#include "cli/master_key_source.h"
#include "common/date_time.h"
#include "contexts/bundled_document_loader.h"
#include "crypto/key_file.h"
#include "vc/credential_signer.h"

namespace cairn::cli {
namespace {

struct SignArgs {
  std::string key_path;
  std::string suite = "eddsa-rdfc-2022";
  std::string created;
  bool jsonl = false;
  unsigned threads = 1;
  std::string path;
};

Result<std::string> sign_text(const std::string& text, const crypto::KeyFile& keys,
                              vc::SigningSuite suite, const std::string& created,
                              const vc::data_integrity::SuiteContext& context) {
  Result<boost::json::value> credential = canon::json::parse_json(text);
  if (!credential) return credential.error();
  if (!credential->is_object()) {
    return Error{"invalid credential", "the credential must be a JSON object"};
  }
  return vc::sign_credential(std::move(credential->as_object()), keys, suite, created, context);
}

int run_sign(const SignArgs& args) {
  Result<vc::SigningSuite> suite = vc::signing_suite_named(args.suite);
  if (!suite) return report_invalid_input(suite.error());
  Result<crypto::MasterKey> master = load_master_key(MissingMasterKey::kRefuse);
  if (!master) return report_invalid_input(master.error());
  Result<std::string> key_text = read_input(args.key_path);
  if (!key_text) return report_invalid_input(key_text.error());
  Result<crypto::KeyFile> keys = crypto::open_key_file(*key_text, *master);
  if (!keys) return report_invalid_input(keys.error());
  const contexts::BundledDocumentLoader loader;
  const vc::data_integrity::SuiteContext context(loader);
  const std::string created =
      args.created.empty() ? format_whole_seconds(current_time()) : args.created;

  if (!args.jsonl) {
    Result<std::string> text = read_input(args.path);
    if (!text) return report_invalid_input(text.error());
    Result<std::string> signed_credential = sign_text(*text, *keys, *suite, created, context);
    if (!signed_credential) return report_invalid_input(signed_credential.error());
    std::cout << *signed_credential << '\n' << std::flush;
    return kExitOk;
  }
  // One signed credential per line; a line that cannot be signed gives {"error", "message"}.
  Result<JsonlSummary> summary =
      run_jsonl(args.path, args.threads, [&](const std::string& line) -> LineResult {
        Result<std::string> signed_credential = sign_text(line, *keys, *suite, created, context);
        if (signed_credential) return {std::move(*signed_credential), true};
        return {boost::json::serialize(
                    boost::json::object{{"error", signed_credential.error().code},
                                        {"message", signed_credential.error().message}}),
                false};
      });
  if (!summary) return report_invalid_input(summary.error());
  const double total = static_cast<double>(summary->ok + summary->failed);
  std::cerr << boost::json::serialize(boost::json::object{
                   {"signed", summary->ok},
                   {"failed", summary->failed},
                   {"per_second", summary->seconds > 0 ? total / summary->seconds : 0.0}})
            << '\n';
  return summary->failed == 0 ? kExitOk : kExitInvalidInput;
}

}  // namespace

void add_sign_command(CLI::App& app, int* exit_status) {
  auto args = std::make_shared<SignArgs>();
  CLI::App* command = app.add_subcommand("sign", "Sign a credential with an issuer key");
  command->add_option("--key", args->key_path, "The key file (cairn keygen)")->required();
  command
      ->add_option("--suite", args->suite,
                   "eddsa-rdfc-2022 (default), eddsa-jcs-2022, vc-jwt-rs256, vc-jwt-es256, "
                   "vc-jwt-eddsa")
      ->check(CLI::IsMember(
          {"eddsa-rdfc-2022", "eddsa-jcs-2022", "vc-jwt-rs256", "vc-jwt-es256", "vc-jwt-eddsa"}));
  command->add_option("--created", args->created,
                      "The proof's creation time (RFC 3339); default: now");
  command->add_flag("--jsonl", args->jsonl,
                    "CRED holds one credential per line; prints one signed credential per line "
                    "and a summary on stderr");
  command->add_option("--threads", args->threads, "Threads for --jsonl (default 1)")
      ->check(CLI::Range(1u, 256u));
  command->add_option("CRED", args->path, "The credential JSON; - reads standard input")
      ->required();
  command->callback([args, exit_status] { *exit_status = run_sign(*args); });
}

}  // namespace cairn::cli
