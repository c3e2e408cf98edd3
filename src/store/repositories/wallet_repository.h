// WalletRepository: the entries of earners' wallets (schema: cairn_schema.cpp, step 8). Functions
// run inside a transaction the caller opened and throw what Connection throws.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "model/wallet.h"
#include "store/connection.h"

namespace cairn::store {

void insert_wallet_entry(Connection& connection, const model::WalletEntry& entry);
std::optional<model::WalletEntry> find_wallet_entry(Connection& connection, std::string_view id);
std::optional<model::WalletEntry> find_wallet_entry_by_key(Connection& connection,
                                                           std::string_view user_id,
                                                           std::string_view credential_key);
std::optional<model::WalletEntry> find_shared_wallet_entry(Connection& connection,
                                                           std::string_view share_token);
// The account's entries, newest first, `limit` from `offset`.
std::vector<model::WalletEntry> list_wallet_entries(Connection& connection,
                                                    std::string_view user_id, std::size_t limit,
                                                    std::size_t offset);
void set_wallet_visibility(Connection& connection, std::string_view id,
                           model::Visibility visibility,
                           const std::optional<std::string>& share_token);
void delete_wallet_entry(Connection& connection, std::string_view id);

}  // namespace cairn::store
