// allocate_status_slots: hands out status list entries to credentials being issued, inside the
// issuing transaction, so that an entry is taken if and only if its credential is written.
//
// An organisation's lists hold Bitstring::kMinimumEntries (131,072) entries each, the
// specification's minimum for herd privacy; a new list is made when the open one is full.
// Entries are taken in order of position and mapped to indexes by the list's permutation
// (status_list_repository.h), as Bitstring Status List 1.0 (section 6.1) asks: indexes must not
// reveal the order of issue.
//
// Errors: none of its own; throws what the Connection throws (a conflict is retried by the
// caller's transaction).
//
// Thread-safety: a free function over the caller's connection.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/credential.h"
#include "store/connection.h"

namespace cairn::app {

inline constexpr std::int64_t kStatusListSize = 131072;  // a power of two

// `count` slots of the organisation, each on a list with room, in one or more lists.
std::vector<model::StatusSlot> allocate_status_slots(store::Connection& connection,
                                                     std::string_view organisation_id,
                                                     std::size_t count, std::string_view at);

}  // namespace cairn::app
