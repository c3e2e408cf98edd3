// A verification report as the pages show it: a verdict a person understands at a glance
// ("Verified", "Verified, with warnings", "Revoked", "Suspended", "Expired", "Not yet valid",
// "Not verified"), warnings before it, then one line per check with its outcome, a sentence
// saying what that means in the page's language, and the verifier's technical detail (marked
// as English). Used by the public credential page and /verify.
//
// Thread-safety: free functions.
#pragma once

#include <string_view>

#include "vc/verification_report.h"
#include "web/ctemplate.h"
#include "web/language.h"
#include "web/page_renderer.h"

namespace cairn::web {

// The message key of the report's verdict: "verdict.verified", "verdict.revoked", ...
std::string_view verdict_key(const vc::VerificationReport& report);

// Sets VERDICT, VERDICT_CLASS ("verified", "warning", "failed") and a CHECKS section per check
// (CHECK_NAME, STATUS, STATUS_CLASS, EXPLANATION: the catalog's sentence for the outcome in the
// page's language, MESSAGE: the verifier's own detail, which is English) on `values`.
void fill_report(ctemplate::TemplateDictionary& values, const vc::VerificationReport& report,
                 Language language, const PageRenderer& renderer);

}  // namespace cairn::web
