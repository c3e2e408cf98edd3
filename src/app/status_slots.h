// Status list entries for credentials about to be issued, handed out in a short transaction of
// their own before the issuing one, as a database sequence hands out numbers: an entry is never
// given twice, and one whose credential is then not written (a refused or failed issue, a crash)
// stays unused, which costs nothing. Issuing transactions then never contend on the list's row,
// so several processes on one PostgreSQL issue side by side without serialization failures.
//
// An organisation's lists hold Bitstring::kMinimumEntries (131,072) entries each, the
// specification's minimum for herd privacy; a new list is made when the open one is full.
// Entries are taken in order of position and mapped to indexes by the list's permutation
// (status_list_repository.h), as Bitstring Status List 1.0 (section 6.1) asks: indexes must not
// reveal the order of issue.
//
// Errors: none of its own: allocate_status_slots throws what the Connection throws (a conflict
// is retried by the caller's transaction); reserve_status_slots returns the database's Error.
//
// Thread-safety: safe from many threads and processes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/credential.h"
#include "store/connection.h"
#include "store/database.h"

namespace cairn::app {

inline constexpr std::int64_t kStatusListSize = 131072;  // a power of two

// `count` slots of the organisation, each on a list with room, in one or more lists; inside the
// caller's write transaction.
std::vector<model::StatusSlot> allocate_status_slots(store::Connection& connection,
                                                     std::string_view organisation_id,
                                                     std::size_t count, std::string_view at);

// The same in a write transaction of its own.
Result<std::vector<model::StatusSlot>> reserve_status_slots(store::Database& database,
                                                            std::string_view organisation_id,
                                                            std::size_t count, std::string_view at);

}  // namespace cairn::app
