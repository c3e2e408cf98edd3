#include "app/status_slots.h"

#include <sodium.h>

#include <algorithm>

#include "crypto/random_text.h"
#include "store/repositories/status_list_repository.h"

namespace cairn::app {
namespace {

store::StatusListRecord new_list(std::string_view organisation_id, std::string_view at) {
  store::StatusListRecord list;
  list.id = crypto::random_hex(16);
  list.organisation_id = std::string(organisation_id);
  list.size = kStatusListSize;
  list.next_position = 0;
  // Odd multipliers are exactly the units modulo a power of two: the map is a bijection.
  list.multiplier = static_cast<std::int64_t>(randombytes_uniform(kStatusListSize / 2)) * 2 + 1;
  list.offset = static_cast<std::int64_t>(randombytes_uniform(kStatusListSize));
  list.created_at = std::string(at);
  list.changed_at = std::string(at);
  return list;
}

}  // namespace

std::vector<model::StatusSlot> allocate_status_slots(store::Connection& connection,
                                                     std::string_view organisation_id,
                                                     std::size_t count, std::string_view at) {
  std::vector<model::StatusSlot> slots;
  slots.reserve(count);
  while (slots.size() < count) {
    std::optional<store::StatusListRecord> list =
        store::find_open_status_list(connection, organisation_id);
    if (!list) {
      list = new_list(organisation_id, at);
      store::insert_status_list(connection, *list);
    }
    const std::int64_t take = std::min<std::int64_t>(
        static_cast<std::int64_t>(count - slots.size()), list->size - list->next_position);
    if (!store::take_positions(connection, list->id, list->next_position, take)) continue;
    for (std::int64_t position = list->next_position; position < list->next_position + take;
         ++position) {
      // (position * multiplier + offset) mod size, without overflow: both factors < 2^17.
      const std::int64_t index = (position * list->multiplier + list->offset) % list->size;
      slots.push_back({list->id, index});
    }
  }
  return slots;
}

Result<std::vector<model::StatusSlot>> reserve_status_slots(store::Database& database,
                                                            std::string_view organisation_id,
                                                            std::size_t count,
                                                            std::string_view at) {
  return database.write([&](store::Connection& connection) {
    return allocate_status_slots(connection, organisation_id, count, at);
  });
}

}  // namespace cairn::app
