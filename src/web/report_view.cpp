#include "web/report_view.h"

#include <algorithm>
#include <string>

namespace cairn::web {
namespace {

bool has_warning(const vc::VerificationReport& report) {
  return std::any_of(report.checks.begin(), report.checks.end(), [](const vc::CheckResult& check) {
    return check.status == vc::CheckStatus::kWarning;
  });
}

// The catalog's plain-language sentence for a check line: by what a failure found where the
// verifier names it ("explain.status.revoked"), else by the check's outcome
// ("explain.proof.fail").
std::string explanation_key(const vc::CheckResult& result) {
  const std::string outcome = result.status == vc::CheckStatus::kFail && !result.reason.empty()
                                  ? result.reason
                                  : std::string(vc::to_string(result.status));
  return "explain." + result.check + "." + outcome;
}

}  // namespace

std::string_view verdict_key(const vc::VerificationReport& report) {
  if (report.verified()) {
    return has_warning(report) ? "verdict.verified_with_warnings" : "verdict.verified";
  }
  // The first failed check with a reason names the verdict; status outranks the validity window.
  for (const std::string_view check : {"status", "validity-window"}) {
    for (const vc::CheckResult& result : report.checks) {
      if (result.check != check || result.status != vc::CheckStatus::kFail) continue;
      if (result.reason == "revoked") return "verdict.revoked";
      if (result.reason == "suspended") return "verdict.suspended";
      if (result.reason == "expired") return "verdict.expired";
      if (result.reason == "not-yet-valid") return "verdict.not_yet_valid";
    }
  }
  return "verdict.not_verified";
}

void fill_report(ctemplate::TemplateDictionary& values, const vc::VerificationReport& report,
                 Language language, const PageRenderer& renderer) {
  values.SetValue("VERDICT", std::string(renderer.message(language, verdict_key(report))));
  values.SetValue("VERDICT_CLASS", !report.verified()    ? "failed"
                                   : has_warning(report) ? "warning"
                                                         : "verified");
  for (const vc::CheckResult& result : report.checks) {
    ctemplate::TemplateDictionary* line = values.AddSectionDictionary("CHECKS");
    const std::string status(vc::to_string(result.status));
    line->SetValue("CHECK_NAME", std::string(renderer.message(language, "check." + result.check)));
    line->SetValue("STATUS", std::string(renderer.message(language, "status." + status)));
    line->SetValue("STATUS_CLASS", status);
    line->SetValue("EXPLANATION", std::string(renderer.message(language, explanation_key(result))));
    line->SetValue("MESSAGE", result.message);
  }
}

}  // namespace cairn::web
