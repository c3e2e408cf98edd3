#include "vc/structure/credential_structure.h"

#include <string_view>

#include "vc/structure/open_badges_tables.h"
#include "vc/structure/table_walker.h"
#include "vc/structure/vc_version.h"

namespace cairn::vc::structure {
namespace {

namespace json = boost::json;

bool type_includes(const json::object& credential, std::string_view name) {
  const json::value* type = credential.if_contains("type");
  if (type == nullptr) return false;
  if (const json::string* text = type->if_string()) return *text == name;
  if (const json::array* items = type->if_array()) {
    for (const json::value& item : *items) {
      if (const json::string* text = item.if_string(); text && *text == name) return true;
    }
  }
  return false;
}

CredentialKind kind_of(const json::object& credential) {
  if (type_includes(credential, "OpenBadgeCredential") ||
      type_includes(credential, "AchievementCredential")) {
    return CredentialKind::kOpenBadge;
  }
  if (type_includes(credential, "EndorsementCredential")) return CredentialKind::kEndorsement;
  if (type_includes(credential, "ClrCredential")) return CredentialKind::kClr;
  return CredentialKind::kOtherVc;
}

}  // namespace

StructureReport validate_credential_structure(const json::object& credential,
                                              const StructureLimits& limits) {
  StructureReport report;
  report.kind = kind_of(credential);
  report.vc_version = vc_version_of(credential);
  TableWalker walker(limits, report.issues);
  walker.walk_object(credential, credential_table(report.kind, report.vc_version), "$");
  return report;
}

}  // namespace cairn::vc::structure
