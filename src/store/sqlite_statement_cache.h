// SqliteStatementCache: the prepared statements of one SQLite connection, keyed by their SQL
// text, the least recently used finalized when the cache is full.
//
// Preparing parses and plans the SQL; repositories run the same few statements over and over, so
// keeping them prepared saves most of the cost of a short statement.
//
// Thread-safety: belongs to one connection, used by one thread at a time.
#pragma once

#include <cstddef>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

struct sqlite3_stmt;

namespace cairn::store {

class SqliteStatementCache {
 public:
  explicit SqliteStatementCache(std::size_t capacity);
  ~SqliteStatementCache();  // finalizes every statement
  SqliteStatementCache(const SqliteStatementCache&) = delete;
  SqliteStatementCache& operator=(const SqliteStatementCache&) = delete;

  // Returns the statement prepared from `sql`, or nullptr when there is none.
  sqlite3_stmt* find(std::string_view sql);

  // Keeps `statement` (prepared from `sql`, not yet cached) and owns it from now on; finalizes
  // the least recently used statement when over capacity, never the one just inserted.
  void insert(std::string_view sql, sqlite3_stmt* statement);

 private:
  using Entry = std::pair<std::string, sqlite3_stmt*>;

  const std::size_t capacity_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string_view, std::list<Entry>::iterator> by_sql_;  // keys view entries_
};

}  // namespace cairn::store
