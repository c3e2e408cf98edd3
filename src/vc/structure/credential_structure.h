// Structural validation of a credential by the data model tables of Open Badges 3.0 (Appendix B:
// AchievementCredential, EndorsementCredential, Achievement, Profile, AchievementSubject, Result,
// ResultDescription, Evidence, Alignment, Criteria, Image, IdentityObject, CredentialStatus,
// CredentialSchema, RefreshService, Proof, EndorsementSubject, ...), their VC 1.1 variants, CLR
// 2.0's ClrCredential, and the VC Data Model 2.0 / 1.1 core rules for any other credential.
//
// The tables are data (open_badges_tables.cpp: per class, each field's cardinality and value type)
// and one walker applies them, so a rule is fixed in one place. Fields the tables do not name are
// allowed: OB 3.0 and VC are open to extension. Structure only: proofs, keys, dates against the
// clock and status are other checks (validity_window.h checks the dates).
//
// Thread-safety: the tables are built once, on first use, in a thread-safe static; after that
// validate_credential_structure may run on many threads at once.
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>

#include "vc/structure/structure_report.h"

namespace cairn::vc::structure {

// Bounds on the work one credential can cause. Reaching one adds an error issue that says which
// limit was reached and where, and the walk does not go deeper or further.
struct StructureLimits {
  std::size_t max_depth = 32;        // nested objects walked (endorsements inside profiles ...)
  std::size_t max_values = 100'000;  // JSON values visited in the whole credential
  std::size_t max_issues = 200;      // issues reported before the walk stops
};

// Returns the report: the credential's kind and VC version, and every issue found. Never fails:
// a credential that is not even shaped like one gives a report full of errors.
StructureReport validate_credential_structure(const boost::json::object& credential,
                                              const StructureLimits& limits = {});

}  // namespace cairn::vc::structure
