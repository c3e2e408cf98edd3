#include "app/published_credential.h"

#include "store/repositories/credential_repository.h"

namespace cairn::app {

Result<model::IssuedCredential> published_credential(store::Database& database,
                                                     std::string_view credential_id) {
  return database.read_single(
      [&](store::Connection& connection) -> Result<model::IssuedCredential> {
        std::optional<model::IssuedCredential> credential =
            store::find_credential(connection, credential_id);
        if (!credential || credential->claim == model::ClaimState::kDeclined) {
          return Error{"not found",
                       "no credential is published with the id " + std::string(credential_id)};
        }
        if (credential->suspended_at) {
          return Error{"not found", "the credential " + std::string(credential_id) +
                                        " is suspended by its issuer"};
        }
        return std::move(*credential);
      });
}

}  // namespace cairn::app
