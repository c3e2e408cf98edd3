// `cairn keygen --out KEY.json [--did-web URL] [--algorithm ed25519|rsa|p256] [--add]`: makes a
// signing key, seals it into a key file (crypto/key_file.h) under the master key
// (master_key_source.h), and prints "did: DID" and "verificationMethod: ID" on two lines.
// Without --did-web the key is a did:key (Ed25519 only). With --did-web the controller is the
// did:web of the URL and methods are numbered "#key-1", "#key-2"...; --add appends a new key to
// an existing file (rotation: old keys stay and keep verifying what they signed), and
// --did-document FILE writes the DID document to publish at the URL.
#pragma once

#include <CLI/CLI.hpp>

namespace cairn::cli {

void add_keygen_command(CLI::App& app, int* exit_status);

}  // namespace cairn::cli
