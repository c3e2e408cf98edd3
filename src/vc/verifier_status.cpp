// The verifier's status check (see verifier.h).
#include "vc/data_integrity/verify_proofs.h"
#include "vc/ed25519_key_lookup.h"
#include "vc/status/check_credential_status.h"
#include "vc/verifier.h"

namespace cairn::vc {
namespace {

// Why a status list document cannot be trusted, or empty when it can: its own proofs must all
// verify. (Its validity period is checked by check_credential_status itself.)
std::string status_list_problem(const boost::json::object& list,
                                const data_integrity::SuiteContext& suites,
                                const did::DidResolver& dids) {
  Result<std::vector<data_integrity::ProofVerification>> proofs =
      data_integrity::verify_proofs(list, ed25519_key_lookup(dids), suites);
  if (!proofs) return "the status list is not signed (" + proofs.error().message + ")";
  for (const data_integrity::ProofVerification& proof : *proofs) {
    if (!proof.valid) return "the status list's proof does not verify: " + proof.message;
  }
  return {};
}

}  // namespace

void Verifier::check_status(const boost::json::object& credential, TimePoint at,
                            VerificationReport& report) const {
  if (!credential.contains("credentialStatus")) {
    report.add("status", CheckStatus::kSkipped, "the credential has no credentialStatus");
    return;
  }
  if (services_.status_lists == nullptr) {
    report.add("status", CheckStatus::kWarning,
               "the credential has a status, but no status list was available to check it");
    return;
  }
  CheckStatus worst = CheckStatus::kPass;
  std::string messages;
  std::string reason;  // "revoked" outweighs "suspended"
  const auto note = [&](CheckStatus status, const std::string& message) {
    if (status == CheckStatus::kFail ||
        (status == CheckStatus::kWarning && worst == CheckStatus::kPass)) {
      worst = status;
    }
    messages += (messages.empty() ? "" : "; ") + message;
  };
  for (const status::StatusCheck& check :
       status::check_credential_status(credential, *services_.status_lists, at, options_.status)) {
    if (check.outcome == status::StatusCheck::kError) {
      note(
          check.error_code == "STATUS_RETRIEVAL_ERROR" ? CheckStatus::kWarning : CheckStatus::kFail,
          check.message);
      continue;
    }
    if (check.list_document) {
      const std::string problem =
          status_list_problem(*check.list_document, *services_.suites, *services_.dids);
      if (!problem.empty()) {
        note(CheckStatus::kFail, problem + " (" + check.list_url + ")");
        continue;
      }
    }
    if (check.outcome == status::StatusCheck::kClear) {
      note(CheckStatus::kPass, check.message);
    } else if (check.purpose == "revocation") {
      note(CheckStatus::kFail, "revoked: " + check.message);
      reason = "revoked";
    } else if (check.purpose == "suspension") {
      note(CheckStatus::kFail, "suspended: " + check.message);
      if (reason.empty()) reason = "suspended";
    } else {
      note(CheckStatus::kWarning, "status " + check.purpose + " is set: " + check.message);
    }
  }
  report.add("status", worst, messages, reason);
}

}  // namespace cairn::vc
