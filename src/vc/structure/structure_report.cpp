#include "vc/structure/structure_report.h"

#include <algorithm>

namespace cairn::vc::structure {

std::string_view to_string(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

std::string_view to_string(CredentialKind kind) {
  switch (kind) {
    case CredentialKind::kOpenBadge:
      return "OpenBadgeCredential";
    case CredentialKind::kEndorsement:
      return "EndorsementCredential";
    case CredentialKind::kClr:
      return "ClrCredential";
    case CredentialKind::kOtherVc:
      return "VerifiableCredential";
  }
  return "VerifiableCredential";
}

bool StructureReport::ok() const { return count(Severity::kError) == 0; }

std::size_t StructureReport::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      issues.begin(), issues.end(),
      [severity](const StructureIssue& issue) { return issue.severity == severity; }));
}

}  // namespace cairn::vc::structure
