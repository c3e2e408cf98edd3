#include "cli/verify_command.h"

#include <boost/json/serialize.hpp>
#include <cstdint>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command_outcome.h"
#include "cli/input.h"
#include "cli/jsonl_batches.h"
#include "cli/trust_services.h"
#include "common/date_time.h"
#include "vc/verifier.h"

namespace cairn::cli {
namespace {

constexpr int kExitNotVerified = 1;

struct VerifyArgs {
  std::string at;
  bool strict = false;
  std::string recipient;
  TrustFlags trust;
  std::uint64_t status_min_entries = 131072;
  bool jsonl = false;
  unsigned threads = 1;
  std::string path;
};

Result<vc::VerifierOptions> verifier_options(const VerifyArgs& args) {
  vc::VerifierOptions options;
  options.strict = args.strict;
  options.status.min_list_entries = args.status_min_entries;
  if (!args.recipient.empty()) options.recipient = args.recipient;
  if (!args.at.empty()) {
    Result<TimePoint> at = parse_date_time_stamp(args.at);
    if (!at) return Error{"invalid option", "--at: " + at.error().message};
    options.at = *at;
  }
  return options;
}

// One report line of --jsonl output: the report, or why the line could not be read.
LineResult report_line(const vc::Verifier& verifier, const std::string& line) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(line.data());
  Result<vc::VerificationReport> report = verifier.verify_input({bytes, line.size()});
  if (!report) {
    return {boost::json::serialize(boost::json::object{{"verified", false},
                                                       {"error", report.error().code},
                                                       {"message", report.error().message}}),
            false};
  }
  return {boost::json::serialize(report->to_json()), report->verified()};
}

int verify_lines(const VerifyArgs& args, const vc::Verifier& verifier) {
  Result<JsonlSummary> summary = run_jsonl(args.path, args.threads, [&](const std::string& line) {
    return report_line(verifier, line);
  });
  if (!summary) return report_invalid_input(summary.error());
  const double total = static_cast<double>(summary->ok + summary->failed);
  std::cout << boost::json::serialize(boost::json::object{
                   {"verified", summary->ok},
                   {"failed", summary->failed},
                   {"per_second", summary->seconds > 0 ? total / summary->seconds : 0.0}})
            << '\n'
            << std::flush;
  return summary->failed == 0 ? kExitOk : kExitNotVerified;
}

int run_verify(const VerifyArgs& args) {
  Result<vc::VerifierOptions> options = verifier_options(args);
  if (!options) return report_invalid_input(options.error());
  Result<std::unique_ptr<TrustServices>> services = TrustServices::open(args.trust);
  if (!services) return report_invalid_input(services.error());
  const vc::Verifier verifier((*services)->verifier_services(), *options);
  if (args.jsonl) return verify_lines(args, verifier);

  Result<std::string> bytes = read_input(args.path);
  if (!bytes) return report_invalid_input(bytes.error());
  Result<vc::VerificationReport> report =
      verifier.verify_input({reinterpret_cast<const std::uint8_t*>(bytes->data()), bytes->size()});
  if (!report) return report_invalid_input(report.error());
  std::cout << boost::json::serialize(report->to_json()) << '\n' << std::flush;
  return report->verified() ? kExitOk : kExitNotVerified;
}

}  // namespace

void add_verify_command(CLI::App& app, int* exit_status) {
  auto args = std::make_shared<VerifyArgs>();
  CLI::App* command = app.add_subcommand(
      "verify", "Verify a credential (JSON, VC-JWT, baked PNG or SVG) and print the report");
  command->add_option("--at", args->at, "Judge the validity window at this time (RFC 3339)");
  command->add_flag("--strict", args->strict, "Warnings fail the verdict");
  command->add_option("--recipient", args->recipient,
                      "An identifier (e.g. e-mail) the credential's recipient must match");
  args->trust.add_to(*command);
  command->add_option("--status-min-entries", args->status_min_entries,
                      "Accept status lists this short (default 131072, the specification's "
                      "minimum; DCC's lists hold 100000)");
  command->add_flag("--jsonl", args->jsonl, "INPUT holds one credential per line");
  command->add_option("--threads", args->threads, "Threads for --jsonl (default 1)")
      ->check(CLI::Range(1u, 256u));
  command->add_option("INPUT", args->path, "The credential; - reads standard input")->required();
  command->callback([args, exit_status] { *exit_status = run_verify(*args); });
}

}  // namespace cairn::cli
