#include "cli/keygen_command.h"

#include <boost/json/serialize.hpp>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/command_outcome.h"
#include "cli/input.h"
#include "cli/master_key_source.h"
#include "cli/output_file.h"
#include "common/date_time.h"
#include "crypto/did_key.h"
#include "crypto/ed25519.h"
#include "crypto/jose/jws.h"
#include "crypto/key_file.h"
#include "crypto/multikey.h"
#include "did/did_web_url.h"
#include "vc/issuer_key_set.h"

namespace cairn::cli {
namespace {

struct KeygenArgs {
  std::string out;
  std::string did_web_url;
  std::string algorithm = "ed25519";
  bool add = false;
  std::string did_document_out;
};

// did:web of an https URL (the did:web method specification, section "Create").
Result<std::string> did_web_of_url(const std::string& url) {
  constexpr std::string_view kScheme = "https://";
  if (url.rfind(kScheme, 0) != 0) {
    return Error{"invalid option", "--did-web needs an https:// URL, got " + url};
  }
  Result<std::string> did = did::did_web_of_location(std::string_view(url).substr(kScheme.size()));
  if (!did) return Error{"invalid option", "--did-web: " + did.error().message};
  return did;
}

Result<crypto::StoredKey> jose_key(crypto::jose::JwsAlgorithm algorithm, const std::string& id,
                                   const std::string& created) {
  Result<crypto::jose::JwsSigningKey> signing = crypto::jose::JwsSigningKey::generate(algorithm);
  if (!signing) return signing.error();
  crypto::StoredKey key;
  key.id = id;
  key.type = "JsonWebKey";
  key.algorithm = algorithm == crypto::jose::JwsAlgorithm::kRs256 ? crypto::KeyAlgorithm::kRsa
                                                                  : crypto::KeyAlgorithm::kP256;
  key.public_key = boost::json::serialize(signing->public_jwk().members);
  const crypto::Bytes pkcs8 = signing->pkcs8();
  key.secret = crypto::SecretBytes(pkcs8);
  key.created = created;
  return key;
}

Result<crypto::KeyFile> existing_or_new(const KeygenArgs& args, const crypto::MasterKey& master) {
  if (!args.add) {
    if (std::filesystem::exists(args.out)) {
      return Error{"invalid option", args.out + " exists; use --add to add a key to it"};
    }
    crypto::KeyFile file;
    if (!args.did_web_url.empty()) {
      Result<std::string> did = did_web_of_url(args.did_web_url);
      if (!did) return did.error();
      file.controller = *did;
    }
    return file;
  }
  Result<std::string> text = read_input(args.out);
  if (!text) return text.error();
  Result<crypto::KeyFile> file = crypto::open_key_file(*text, master);
  if (!file) return file.error();
  if (file->controller.rfind("did:key:", 0) == 0) {
    return Error{"invalid option",
                 "a did:key has exactly one key; --add needs a key file made with --did-web"};
  }
  return file;
}

Result<crypto::StoredKey> new_key(const KeygenArgs& args, const crypto::KeyFile& file,
                                  const std::string& created) {
  const std::string id = file.controller + "#key-" + std::to_string(file.keys.size() + 1);
  if (args.algorithm == "rsa") return jose_key(crypto::jose::JwsAlgorithm::kRs256, id, created);
  if (args.algorithm == "p256") return jose_key(crypto::jose::JwsAlgorithm::kEs256, id, created);
  return crypto::generate_ed25519_stored_key(id, created);
}

Result<std::string> run_keygen(const KeygenArgs& args) {
  const bool did_key = args.did_web_url.empty() && !args.add;
  if (did_key && args.algorithm != "ed25519") {
    return Error{"invalid option", "a did:key is Ed25519; use --did-web for RSA or P-256 keys"};
  }
  if (did_key && !args.did_document_out.empty()) {
    return Error{"invalid option", "--did-document is for did:web (a did:key needs none)"};
  }
  Result<crypto::MasterKey> master = load_master_key(MissingMasterKey::kCreate);
  if (!master) return master.error();
  Result<crypto::KeyFile> file = existing_or_new(args, *master);
  if (!file) return file.error();
  const std::string created = format_whole_seconds(current_time());
  if (did_key) {
    crypto::StoredKey key = crypto::generate_ed25519_stored_key("", created);
    Result<crypto::Ed25519PublicKey> public_key =
        crypto::decode_ed25519_public_multikey(key.public_key);
    if (!public_key) return public_key.error();
    file->controller = crypto::did_key_of(*public_key);
    key.id = crypto::did_key_verification_method_of(*public_key);
    file->keys.push_back(std::move(key));
  } else {
    Result<crypto::StoredKey> key = new_key(args, *file, created);
    if (!key) return key.error();
    file->keys.push_back(std::move(*key));
  }
  // Re-open what was sealed before anything is written, so a bad file is never left behind.
  const std::string sealed = crypto::seal_key_file(*file, *master);
  if (Result<crypto::KeyFile> check = crypto::open_key_file(sealed, *master); !check) {
    return check.error();
  }
  if (!args.did_document_out.empty()) {
    Result<boost::json::object> document = vc::did_document_of(*file);
    if (!document) return document.error();
    Result<bool> written =
        write_file_atomically(args.did_document_out, boost::json::serialize(*document) + "\n");
    if (!written) return written.error();
  }
  Result<bool> written = write_file_atomically(args.out, sealed, 0600);
  if (!written) return written.error();
  return "did: " + file->controller + "\nverificationMethod: " + file->keys.back().id + "\n";
}

}  // namespace

void add_keygen_command(CLI::App& app, int* exit_status) {
  auto args = std::make_shared<KeygenArgs>();
  CLI::App* command =
      app.add_subcommand("keygen", "Make a signing key, sealed under the master key");
  command->add_option("--out", args->out, "The key file to write (mode 0600)")->required();
  command->add_option("--did-web", args->did_web_url,
                      "Make the key for the did:web of this https URL (default: a did:key)");
  command
      ->add_option("--algorithm", args->algorithm,
                   "ed25519 (default; Data Integrity and VC-JWT EdDSA), rsa (VC-JWT RS256), "
                   "p256 (VC-JWT ES256)")
      ->check(CLI::IsMember({"ed25519", "rsa", "p256"}));
  command->add_flag("--add", args->add, "Add a key to the existing did:web key file --out");
  command->add_option("--did-document", args->did_document_out,
                      "Also write the did:web DID document (did.json) listing every key");
  command->callback([args, exit_status] {
    Result<std::string> printed = run_keygen(*args);
    if (!printed) {
      *exit_status = report_invalid_input(printed.error());
      return;
    }
    std::cout << *printed << std::flush;
    *exit_status = kExitOk;
  });
}

}  // namespace cairn::cli
