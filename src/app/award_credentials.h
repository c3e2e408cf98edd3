// award_credentials: issues credentials of one achievement to one or more recipients, each
// signed with the organisation's key and written in one transaction with every other of the
// request: all are issued, or none. Their status list entries are reserved just before
// (status_slots.h), and they are signed before the write transaction starts.
//
// Each credential is the current version of the achievement (credential_document.h), valid
// from `now` until the request's valid_until, or for the achievement's validity_days, or without
// end. The claim starts "pending": the earner accepts or declines it later.
//
// Who may: a token with the issue scope, and the assessor role or a stronger one.
//
// Errors: "invalid request" (no requests, more than kMaxAwardsPerRequest, a valid_until that
// has passed), "forbidden", "not found" (no such achievement in this organisation), "invalid key
// file" (the organisation's key does not open under the master key), the signer's errors, or the
// database's Error.
//
// Thread-safety: safe from many threads and processes (entries are allocated race-free).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/api_tokens.h"
#include "app/award_request.h"
#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/credential.h"
#include "store/database.h"

namespace cairn::app {

inline constexpr std::size_t kMaxAwardsPerRequest = 1000;

Result<std::vector<model::IssuedCredential>> award_credentials(
    store::Database& database, const Instance& instance, const Principal& principal,
    std::string_view organisation_id, std::string_view achievement_id,
    const std::vector<AwardRequest>& requests, TimePoint now);

// Credentials of one achievement with their documents signed, not stored yet, and what their
// claim mails name.
struct SignedAwards {
  std::vector<model::IssuedCredential> credentials;  // in request order
  std::string achievement_name;
  std::string issuer_name;
};

// The signing half of issuing, without asking who may (the callers have): reads what the
// credentials share (organisation, achievement, key) in a read transaction, then signs the
// documents on every core outside any transaction, so no write lock is held while it signs.
// The i-th request goes on slots[i], which the caller reserved (status_slots.h). Same errors as
// award_credentials, but "forbidden".
Result<SignedAwards> sign_awards(store::Database& database, const Instance& instance,
                                 std::string_view issued_by, std::string_view organisation_id,
                                 std::string_view achievement_id,
                                 const std::vector<AwardRequest>& requests,
                                 std::span<const model::StatusSlot> slots, TimePoint now);

// The storing half, inside the caller's write transaction: stores signed credentials of
// `awards` (all of them, or those the caller kept) and, for e-mail recipients, queues their
// claims, in a few statements for all of them.
void record_awards(store::Connection& connection, const Instance& instance,
                   const SignedAwards& awards,
                   std::span<const model::IssuedCredential> credentials);

// <base URL>/credentials/<id>: the credential's id, where it is published.
std::string credential_url(const Instance& instance, std::string_view credential_id);
// <base URL>/status/<list>: its revocation list is this plus "/revocation".
std::string status_list_url(const Instance& instance, std::string_view list_id);

}  // namespace cairn::app
