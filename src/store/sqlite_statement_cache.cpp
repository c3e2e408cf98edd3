#include "store/sqlite_statement_cache.h"

#include <sqlite3.h>

namespace cairn::store {

SqliteStatementCache::SqliteStatementCache(std::size_t capacity)
    : capacity_(capacity == 0 ? 1 : capacity) {}

SqliteStatementCache::~SqliteStatementCache() {
  for (Entry& entry : entries_) sqlite3_finalize(entry.second);
}

sqlite3_stmt* SqliteStatementCache::find(std::string_view sql) {
  auto found = by_sql_.find(sql);
  if (found == by_sql_.end()) return nullptr;
  entries_.splice(entries_.begin(), entries_, found->second);
  return found->second->second;
}

void SqliteStatementCache::insert(std::string_view sql, sqlite3_stmt* statement) {
  entries_.emplace_front(std::string(sql), statement);
  by_sql_.emplace(entries_.front().first, entries_.begin());
  if (entries_.size() > capacity_) {
    Entry& oldest = entries_.back();
    by_sql_.erase(oldest.first);
    sqlite3_finalize(oldest.second);
    entries_.pop_back();
  }
}

}  // namespace cairn::store
