// VerificationReport: the answer to "can I trust this credential?", one line per check in the
// order a person reads them (structure, proof, issuer-key, validity-window, status, endorsements,
// recipient), each pass, fail, warning or skipped with a sentence that says why, and the verdict.
//
// The verdict: verified when no check failed and the proof check ran and did not fail; with
// `strict`, a warning fails it too. Surfaces show warnings before the verdict (a key that is only
// named inside the credential verifies the signature but not who signed).
//
// Thread-safety: a plain value.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::vc {

enum class CheckStatus { kPass, kFail, kWarning, kSkipped };

// "pass", "fail", "warning", "skipped".
std::string_view to_string(CheckStatus status);

struct CheckResult {
  std::string check;  // "structure", "proof", "issuer-key", ...
  CheckStatus status = CheckStatus::kSkipped;
  std::string message;
  // A stable word for what a failed check found, where surfaces name it ("Revoked" rather than
  // "Not verified"): "revoked", "suspended", "expired", "not-yet-valid"; empty otherwise.
  std::string reason;
};

struct VerificationReport {
  std::string format;         // what the input was: "json", "jwt", "png", "svg"
  std::string credential_id;  // empty when the credential has none or could not be read
  std::string issuer_id;
  std::vector<CheckResult> checks;
  bool strict = false;

  // Adds a check line.
  void add(std::string check, CheckStatus status, std::string message, std::string reason = {});
  // The status of `check`, or kSkipped when it is not in the report.
  CheckStatus status_of(std::string_view check) const;
  // See the header comment.
  bool verified() const;
  // {"verified", "format", "id"?, "issuer"?, "strict",
  //  "checks": [{"check", "status", "message", "reason"?}]}
  boost::json::object to_json() const;
};

}  // namespace cairn::vc
