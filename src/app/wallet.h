// The earner's wallet: the credentials an account holds.
//
// - A credential joins it when its recipient accepts the claim signed in (app/claims.h does that
//   in the claim's transaction through add_claimed_to_wallet), or when the account imports one:
//   any Open Badges 3.0 / VC credential (JSON, compact JWT, baked PNG or SVG) that the service's
//   verifier verifies, offline; one that does not is refused with the report.
// - Each entry is private until its holder makes it public: it then gets a link of its own
//   (/shared/<token>, 192 random bits) that anyone may read; making it private again ends the link
//   for good (a new one is made next time).
// - Entries are the holder's alone: another account gets "not found", as for an unknown id.
//
// Scopes: reading needs "read"; import, visibility and removal need "write".
// Errors: "forbidden" (the scope), "not found", "conflict" (the credential is already in the
// wallet), "invalid credential" (the input is not a credential in any of the four forms), or the
// database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/api_tokens.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/credential.h"
#include "model/wallet.h"
#include "store/connection.h"
#include "store/database.h"
#include "vc/verification_report.h"
#include "vc/verifier.h"

namespace cairn::app {

inline constexpr std::size_t kWalletPageMax = 500;

Result<std::vector<model::WalletEntry>> list_wallet(store::Database& database,
                                                    const Principal& principal, std::size_t limit,
                                                    std::size_t offset);

Result<model::WalletEntry> read_wallet_entry(store::Database& database, const Principal& principal,
                                             std::string_view entry_id);

struct ImportOutcome {
  std::optional<model::WalletEntry> entry;  // none: the credential did not verify
  vc::VerificationReport report;
};

Result<ImportOutcome> import_to_wallet(store::Database& database, const vc::Verifier& verifier,
                                       const Principal& principal,
                                       std::span<const std::uint8_t> input, TimePoint now);

Result<model::WalletEntry> set_wallet_visibility(store::Database& database,
                                                 const Principal& principal,
                                                 std::string_view entry_id,
                                                 model::Visibility visibility);

Result<bool> remove_from_wallet(store::Database& database, const Principal& principal,
                                std::string_view entry_id);

// The public entry behind a share link, or Error "not found" (unknown, or private again).
Result<model::WalletEntry> read_shared_entry(store::Database& database, std::string_view token);

// Inside the claim's transaction: the accepted credential joins `user_id`'s wallet (nothing
// happens when it is there already).
void add_claimed_to_wallet(store::Connection& connection, std::string_view user_id,
                           const model::IssuedCredential& credential, TimePoint now);

}  // namespace cairn::app
