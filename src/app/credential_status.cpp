#include "app/credential_status.h"

#include "app/organisation_access.h"
#include "app/text_field.h"
#include "store/repositories/credential_repository.h"
#include "store/repositories/status_list_repository.h"

namespace cairn::app {
namespace {

Error conflict(const std::string& message) { return Error{"conflict", message}; }

// The change applied to the record, or why it cannot be.
std::optional<Error> apply(model::IssuedCredential& credential, StatusChange change,
                           const std::optional<std::string>& reason, const std::string& at) {
  if (credential.revoked_at) {
    return conflict("the credential was revoked at " + *credential.revoked_at +
                    "; revocation is permanent");
  }
  switch (change) {
    case StatusChange::kRevoke:
      credential.revoked_at = at;
      credential.revocation_reason = reason;
      return std::nullopt;
    case StatusChange::kSuspend:
      if (credential.suspended_at) {
        return conflict("the credential is already suspended, since " + *credential.suspended_at);
      }
      credential.suspended_at = at;
      credential.suspension_reason = reason;
      return std::nullopt;
    case StatusChange::kUnsuspend:
      if (!credential.suspended_at) return conflict("the credential is not suspended");
      credential.suspended_at.reset();
      credential.suspension_reason.reset();
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

Result<model::IssuedCredential> change_credential_status(
    store::Database& database, const Principal& principal, std::string_view credential_id,
    StatusChange change, const std::optional<std::string>& reason, TimePoint now) {
  const std::string_view action = "changing a credential's status";
  if (Result<bool> scoped = require_scope(principal, "revoke", action); !scoped) {
    return scoped.error();
  }
  std::optional<std::string> checked_reason;
  if (change != StatusChange::kUnsuspend) {
    if (!reason) return Error{"invalid request", "\"reason\" is required"};
    Result<std::string> text = checked_text_field(*reason, "reason", 500);
    if (!text) return Error{"invalid request", text.error().message};
    checked_reason = std::move(*text);
  }
  const std::string at = format_whole_seconds(now);
  return database.write([&](store::Connection& connection) -> Result<model::IssuedCredential> {
    std::optional<model::IssuedCredential> credential =
        store::find_credential(connection, credential_id);
    if (!credential) {
      return Error{"not found", "no credential has the id " + std::string(credential_id)};
    }
    Result<model::Role> role = require_role(connection, principal, credential->organisation_id,
                                            model::Role::kAdmin, action);
    if (!role) return role.error();
    if (std::optional<Error> refused = apply(*credential, change, checked_reason, at)) {
      return *refused;
    }
    if (change == StatusChange::kRevoke) {
      store::set_revocation(connection, credential->id, credential->revoked_at,
                            credential->revocation_reason);
      store::touch_status_list(connection, credential->status.list_id, at);
    } else {
      store::set_suspension(connection, credential->id, credential->suspended_at,
                            credential->suspension_reason);
    }
    return *credential;
  });
}

}  // namespace cairn::app
