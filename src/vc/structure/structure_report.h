// StructureReport: what structural validation found in one credential, as a list of issues each
// naming the JSON path it concerns ("$.credentialSubject.achievement.criteria") and saying, for a
// person, what is wrong and what the data model expects there.
//
// Errors break a rule of the data model tables (a required field missing, a value of the wrong
// type, a required type or context entry absent). Warnings are departures that a verifier can
// still read unambiguously (a single object where the tables ask for an array) or SHOULD-level
// rules (a subject with neither `id` nor `identifier`).
//
// Thread-safety: plain values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cairn::vc::structure {

enum class Severity { kError, kWarning };

// "error" or "warning".
std::string_view to_string(Severity severity);

struct StructureIssue {
  std::string path;     // JSON path, e.g. $.credentialSubject.achievement.criteria, $.proof[0].type
  std::string message;  // for a person: what is wrong and what is expected
  Severity severity = Severity::kError;
};

// What the credential says it is, from its `type`: an Open Badge (OpenBadgeCredential or
// AchievementCredential), an EndorsementCredential, a CLR 2.0 ClrCredential, or any other
// verifiable credential (checked against the VC Data Model core rules only).
enum class CredentialKind { kOpenBadge, kEndorsement, kClr, kOtherVc };

// "OpenBadgeCredential", "EndorsementCredential", "ClrCredential", "VerifiableCredential".
std::string_view to_string(CredentialKind kind);

struct StructureReport {
  CredentialKind kind = CredentialKind::kOtherVc;
  int vc_version = 2;  // 2 for VC Data Model 2.0, 1 for VC 1.1 (from the first @context entry)
  std::vector<StructureIssue> issues;  // in document order of the walk

  // True when no issue is an error; warnings do not count.
  bool ok() const;
  // The number of issues with `severity`.
  std::size_t count(Severity severity) const;
};

}  // namespace cairn::vc::structure
