// The data model tables of OB 3.0 (and CLR 2.0's credential, and the VC core rules), built once.
// Internal to cairn_vc_structure.
//
// Every class exists in two flavours: for VC Data Model 2.0 credentials (plain names) and for
// VC 1.1 ones (names ending in "v1p1", as in OB 3.0's legacy tables), because the VC 1.1 variants
// differ in the dates (issuanceDate/expirationDate) and in the classes they refer to.
//
// Thread-safety: the tables are built in a function-local static on first use and never change.
#pragma once

#include <string_view>

#include "vc/structure/class_table.h"
#include "vc/structure/structure_report.h"

namespace cairn::vc::structure {

// Returns the table registered as `name`, or nullptr.
const ClassTable* find_class_table(std::string_view name);

// Returns the table a whole credential of `kind` and VC version (1 or 2) is checked against.
const ClassTable& credential_table(CredentialKind kind, int vc_version);

}  // namespace cairn::vc::structure
