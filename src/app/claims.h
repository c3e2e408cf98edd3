// Claims: an e-mail recipient is sent a link with a one-time token (its SHA-256 alone is
// stored) and accepts or declines the credential with it. A declined credential is no longer
// published (its status list still answers for it). The token stands for the e-mail address:
// whoever reads the mail may answer; an answer is final.
//
// Errors: "not found" (no credential has the token), "conflict" (already answered), or the
// database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/credential.h"
#include "store/database.h"
#include "store/repositories/outbox_repository.h"

namespace cairn::app {

struct ClaimView {
  model::IssuedCredential credential;
  std::string achievement_name;
  std::string issuer_name;
};

Result<ClaimView> read_claim(store::Database& database, std::string_view token);

// An acceptance by a signed-in account (`holder`: its user id) also puts the credential in
// that account's wallet, in the same transaction (app/wallet.h).
Result<model::IssuedCredential> answer_claim(store::Database& database, std::string_view token,
                                             bool accept, const std::optional<std::string>& holder,
                                             TimePoint now);

// The claim of an e-mail recipient's credential: the hash its token is stored by and the mail
// that carries the token, neither stored yet; the issuing transaction stores both
// (award_credentials.h's record_awards).
struct ClaimInvitation {
  std::string token_hash;
  store::OutboxMail mail;
};
ClaimInvitation claim_invitation(const Instance& instance,
                                 const model::IssuedCredential& credential,
                                 const std::string& achievement_name,
                                 const std::string& issuer_name);

}  // namespace cairn::app
