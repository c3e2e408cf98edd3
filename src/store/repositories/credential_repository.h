// CredentialRepository: issued credentials and their status (schema step 4). Functions run
// inside the caller's transaction and throw what Connection throws.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/credential.h"
#include "store/connection.h"

namespace cairn::store {

// Inserts the credentials in as few statements as possible, the i-th with the SHA-256 (hex) of
// its claim token claim_token_hashes[i] when there is one (e-mail recipients).
void insert_credentials(Connection& connection,
                        std::span<const model::IssuedCredential> credentials,
                        std::span<const std::optional<std::string>> claim_token_hashes);

std::optional<model::IssuedCredential> find_credential(Connection& connection, std::string_view id);

// What the issuer console lists: an organisation's credentials, newest first, narrowed by
// achievement, by state, and by a part of the recipient's identifier or name (any case).
struct CredentialQuery {
  std::string organisation_id;
  std::optional<std::string> achievement_id;
  std::optional<std::string> recipient_contains;
  std::optional<std::string> state;  // "active", "revoked", "suspended", "declined"
  std::size_t limit = 50;            // at most 200
  std::size_t offset = 0;
};
std::vector<model::IssuedCredential> list_credentials(Connection& connection,
                                                      const CredentialQuery& query);

// (recipient, credential id) of the credentials of the achievement issued to any of
// `recipients` and not revoked, oldest first.
std::vector<std::pair<std::string, std::string>> unrevoked_credentials_of(
    Connection& connection, std::string_view achievement_id,
    std::span<const std::string> recipients);

// The credential whose claim token has this SHA-256 (hex).
std::optional<model::IssuedCredential> find_credential_by_claim_token_hash(Connection& connection,
                                                                           std::string_view hash);
// Records the earner's answer.
void set_claim_state(Connection& connection, std::string_view id, model::ClaimState state);

// Sets or clears the revocation (at, reason) of the credential; false when there is none.
bool set_revocation(Connection& connection, std::string_view id,
                    const std::optional<std::string>& at, const std::optional<std::string>& reason);
// Sets or clears the suspension (at, reason) of the credential; false when there is none.
bool set_suspension(Connection& connection, std::string_view id,
                    const std::optional<std::string>& at, const std::optional<std::string>& reason);

// The indexes of the list's credentials that are revoked.
// E-mail-addressed credentials, neither revoked nor declined, whose validUntil falls in
// (from, until] and whose expiry reminder is not yet queued; at most `limit`, soonest first.
std::vector<model::IssuedCredential> credentials_due_for_expiry_reminder(Connection& connection,
                                                                         std::string_view from,
                                                                         std::string_view until,
                                                                         std::size_t limit);
void set_expiry_reminder_queued(Connection& connection, std::string_view id, std::string_view at);

std::vector<std::int64_t> revoked_indexes(Connection& connection, std::string_view list_id);

}  // namespace cairn::store
