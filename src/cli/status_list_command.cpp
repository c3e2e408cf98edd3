#include "cli/status_list_command.h"

#include <boost/json/serialize.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "canon/json/json_parser.h"
#include "cli/command_outcome.h"
#include "cli/input.h"
#include "cli/output_file.h"
#include "common/date_time.h"
#include "vc/status/bitstring.h"
#include "vc/status/status_list_credential.h"

namespace cairn::cli {
namespace {

struct StatusListArgs {
  std::string id;
  std::string issuer;
  std::string purpose = "revocation";
  std::uint64_t entries = vc::status::Bitstring::kMinimumEntries;
  std::string valid_from;
  std::string out;
  std::string list_path;
  std::uint64_t index = 0;
  std::uint32_t value = 1;
};

// A status list credential read from a file, with its decoded list.
struct LoadedList {
  boost::json::object credential;
  vc::status::Bitstring bits;
  unsigned status_size;
};

Result<LoadedList> load(const std::string& path) {
  Result<std::string> text = read_input(path);
  if (!text) return text.error();
  Result<boost::json::value> json = canon::json::parse_json(*text);
  if (!json) return json.error();
  const auto invalid = [&](const std::string& why) {
    return Error{"invalid status list", path + ": " + why};
  };
  if (!json->is_object()) return invalid("not a JSON object");
  boost::json::object& credential = json->as_object();
  boost::json::value* subject = credential.if_contains("credentialSubject");
  if (subject == nullptr || !subject->is_object()) return invalid("no credentialSubject object");
  const boost::json::value* encoded = subject->get_object().if_contains("encodedList");
  if (encoded == nullptr || !encoded->is_string()) return invalid("no encodedList string");
  Result<vc::status::Bitstring> bits = vc::status::Bitstring::decode(encoded->get_string(), {});
  if (!bits) return invalid(bits.error().message);
  unsigned status_size = 1;
  if (const boost::json::value* size = subject->get_object().if_contains("statusSize")) {
    if (!size->is_int64() || size->get_int64() < 1 || size->get_int64() > 32) {
      return invalid("statusSize must be an integer from 1 to 32");
    }
    status_size = static_cast<unsigned>(size->get_int64());
  }
  return LoadedList{std::move(credential), std::move(*bits), status_size};
}

Result<std::string> create(const StatusListArgs& args) {
  if (args.id.empty() || args.issuer.empty() || args.out.empty()) {
    return Error{"invalid option", "create needs --id, --issuer and --out"};
  }
  Result<vc::status::Bitstring> bits = vc::status::Bitstring::create(args.entries);
  if (!bits) return bits.error();
  vc::status::StatusListCredentialFields fields;
  fields.id = args.id;
  fields.issuer = args.issuer;
  fields.valid_from =
      args.valid_from.empty() ? format_whole_seconds(current_time()) : args.valid_from;
  fields.status_purpose = args.purpose;
  const boost::json::object credential = vc::status::make_status_list_credential(fields, *bits);
  Result<bool> written = write_file_atomically(args.out, boost::json::serialize(credential) + "\n");
  if (!written) return written.error();
  return "created " + args.out + " (" + std::to_string(args.entries) + " " + args.purpose +
         " entries); sign it with `cairn sign` before publishing it at " + args.id + "\n";
}

Result<std::string> set(const StatusListArgs& args) {
  Result<LoadedList> list = load(args.list_path);
  if (!list) return list.error();
  Result<bool> changed = list->bits.set_status(args.index, list->status_size, args.value);
  if (!changed) return changed.error();
  boost::json::object& subject = list->credential["credentialSubject"].as_object();
  subject["encodedList"] = list->bits.encode();
  const bool had_proof = list->credential.erase("proof") > 0;
  Result<bool> written =
      write_file_atomically(args.list_path, boost::json::serialize(list->credential) + "\n");
  if (!written) return written.error();
  return "entry " + std::to_string(args.index) + " = " + std::to_string(args.value) +
         (had_proof ? "; the old proof was removed: sign the list again before publishing it\n"
                    : "\n");
}

Result<std::string> get(const StatusListArgs& args) {
  Result<LoadedList> list = load(args.list_path);
  if (!list) return list.error();
  Result<std::uint32_t> value = list->bits.status(args.index, list->status_size);
  if (!value) return value.error();
  return std::to_string(*value) + "\n";
}

void run(int* exit_status, const Result<std::string>& printed) {
  if (!printed) {
    *exit_status = report_invalid_input(printed.error());
    return;
  }
  std::cout << *printed << std::flush;
  *exit_status = kExitOk;
}

}  // namespace

void add_status_list_command(CLI::App& app, int* exit_status) {
  auto args = std::make_shared<StatusListArgs>();
  CLI::App* command =
      app.add_subcommand("status-list", "Create and change Bitstring Status List credentials");
  command->require_subcommand(1);

  CLI::App* create_command = command->add_subcommand("create", "Make a new, all-clear list");
  create_command->add_option("--id", args->id, "The URL the list will be published at");
  create_command->add_option("--issuer", args->issuer, "The issuer's DID");
  create_command->add_option("--purpose", args->purpose, "revocation (default) or suspension")
      ->check(CLI::IsMember({"revocation", "suspension"}));
  create_command->add_option("--entries", args->entries, "Entries (at least 131072, the default)");
  create_command->add_option("--valid-from", args->valid_from, "RFC 3339; default: now");
  create_command->add_option("--out", args->out, "The list credential to write");
  create_command->callback([args, exit_status] { run(exit_status, create(*args)); });

  CLI::App* set_command = command->add_subcommand("set", "Set one entry of a list");
  set_command->add_option("--list", args->list_path, "The list credential")->required();
  set_command->add_option("--index", args->index, "The entry")->required();
  set_command->add_option("--value", args->value, "The value (default 1)");
  set_command->callback([args, exit_status] { run(exit_status, set(*args)); });

  CLI::App* get_command = command->add_subcommand("get", "Print one entry of a list");
  get_command->add_option("--list", args->list_path, "The list credential")->required();
  get_command->add_option("--index", args->index, "The entry")->required();
  get_command->callback([args, exit_status] { run(exit_status, get(*args)); });
}

}  // namespace cairn::cli
