// StatusListRepository: an organisation's status lists and their signed documents (schema
// step 4). Functions run inside the caller's transaction and throw what Connection throws.
//
// Handing out entries: find_open_status_list, then take_positions, which moves the list's next
// position only if nobody moved it since it was read (so two writers never take the same one;
// on PostgreSQL the loser of such a race is also reported as a conflict and retried whole).
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/connection.h"

namespace cairn::store {

struct StatusListRecord {
  std::string id;
  std::string organisation_id;
  std::int64_t size = 0;
  std::int64_t next_position = 0;
  std::int64_t multiplier = 1;  // odd: with size a power of two, position -> index is a bijection
  std::int64_t offset = 0;
  std::string created_at;
  std::string changed_at;
  std::int64_t revision = 0;  // one more at every status change of a credential on the list
};

void insert_status_list(Connection& connection, const StatusListRecord& list);

// The organisation's oldest list with free positions.
std::optional<StatusListRecord> find_open_status_list(Connection& connection,
                                                      std::string_view organisation_id);

std::optional<StatusListRecord> find_status_list(Connection& connection, std::string_view id);

// Moves the list's next position from `from` to `from + count`; false when it is no longer at
// `from` (another writer took positions first) or that would pass the list's size.
bool take_positions(Connection& connection, std::string_view list_id, std::int64_t from,
                    std::int64_t count);

// Records that a credential on the list changed status at `at`: a new revision.
void touch_status_list(Connection& connection, std::string_view list_id, std::string_view at);

// The signed document of one purpose ("revocation" or "suspension") and the revision it shows.
struct StatusListDocument {
  std::int64_t revision = 0;
  std::string document;
};
std::optional<StatusListDocument> find_status_list_document(Connection& connection,
                                                            std::string_view list_id,
                                                            std::string_view purpose);
void save_status_list_document(Connection& connection, std::string_view list_id,
                               std::string_view purpose, const StatusListDocument& document);

}  // namespace cairn::store
