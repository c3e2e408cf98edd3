// What `cairn sign` and `cairn verify` need around the vc/ libraries, built from flags: the
// bundled JSON-LD contexts and a shared context cache (SuiteContext), DID resolution (did:key;
// documents given with --did-doc; did:web over HTTPS unless --offline), status lists (files given
// with --status-list, keyed by their id or by the URL given as URL=FILE; over HTTPS unless
// --offline).
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "vc/verifier.h"

namespace cairn::cli {

struct TrustFlags {
  std::vector<std::string> did_documents;  // files
  std::vector<std::string> status_lists;   // FILE or URL=FILE
  bool offline = false;
  std::string ca_file;  // PEM; empty: the system's store

  // Declares --did-doc, --status-list, --offline and --ca-file on `command`.
  void add_to(CLI::App& command);
};

class TrustServices {
 public:
  // Reads the files the flags name. Error "input unreadable" / the JSON error of a file, or
  // "invalid DID document" / "duplicate DID document", naming the file.
  static Result<std::unique_ptr<TrustServices>> open(const TrustFlags& flags);
  ~TrustServices();

  vc::VerifierServices verifier_services() const;
  const vc::data_integrity::SuiteContext& suites() const;

 private:
  struct Parts;
  TrustServices();
  std::unique_ptr<Parts> parts_;
};

}  // namespace cairn::cli
