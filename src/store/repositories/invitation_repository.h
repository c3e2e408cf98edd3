// InvitationRepository: invitations to join an organisation (schema step 12), found by the SHA-256
// of their link's token. Functions run inside the caller's transaction and throw what Connection
// throws.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/organisation.h"
#include "store/connection.h"

namespace cairn::store {

struct StoredInvitation {
  std::string token_hash;  // lower-case hex SHA-256 of the link's token
  std::string organisation_id;
  std::string email;  // normalized
  model::Role role = model::Role::kViewer;
  std::string invited_by;  // user id
  std::string created_at;
  std::string expires_at;
  std::optional<std::string> accepted_at;
};

// Stores the invitation after deleting any pending one for the same organisation and address.
void replace_invitation(Connection& connection, const StoredInvitation& invitation);
std::optional<StoredInvitation> find_invitation(Connection& connection,
                                                std::string_view token_hash);
void mark_invitation_accepted(Connection& connection, std::string_view token_hash,
                              std::string_view at);
// The organisation's invitations neither accepted nor expired at `now`, newest first.
std::vector<StoredInvitation> pending_invitations(Connection& connection,
                                                  std::string_view organisation_id,
                                                  std::string_view now);
// Deletes the organisation's pending invitation of `email`; whether there was one.
bool delete_pending_invitation(Connection& connection, std::string_view organisation_id,
                               std::string_view email);
std::int64_t count_pending_invitations(Connection& connection, std::string_view organisation_id,
                                       std::string_view now);

}  // namespace cairn::store
