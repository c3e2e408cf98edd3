#include "store/connection.h"

#include <algorithm>
#include <string>

#include "store/store_errors.h"

namespace cairn::store {

void Connection::check_limits(std::string_view sql, std::size_t parameter_count) const {
  // C APIs (libpq, and SQLite's parser) would stop reading at the NUL and run a prefix.
  if (sql.find('\0') != std::string_view::npos) throw_statement_error(sql, "holds a NUL byte");
  if (sql.size() > limits_.max_sql_bytes) {
    throw_statement_error(sql, "statement of " + std::to_string(sql.size()) +
                                   " bytes is over the limit of " +
                                   std::to_string(limits_.max_sql_bytes));
  }
  if (parameter_count > limits_.max_parameters) {
    throw_statement_error(sql,
                          std::to_string(parameter_count) + " parameters are over the limit of " +
                              std::to_string(limits_.max_parameters) + "; split the statement");
  }
}

void Connection::check_single_read(std::string_view sql, bool is_query) {
  if (mode_ != TransactionMode::kSingleRead) return;
  if (statements_++ > 0) {
    throw_statement_error(sql,
                          "is a second statement in a single-statement read; use "
                          "Database::read, whose statements share one snapshot");
  }
  // The program's own SQL, in capitals: a data-modifying WITH, or any other statement, is out.
  constexpr std::string_view kWhitespace = " \t\r\n";
  const std::size_t start = std::min(sql.find_first_not_of(kWhitespace), sql.size());
  const std::string_view rest = sql.substr(start);
  const bool is_select = rest.starts_with("SELECT") && rest.size() > 6 &&
                         kWhitespace.find(rest[6]) != std::string_view::npos;
  if (!is_query || !is_select) {
    throw_statement_error(sql,
                          "is not a SELECT query, the only statement a single-statement "
                          "read runs");
  }
}

std::int64_t Connection::execute(std::string_view sql, Params params) {
  check_limits(sql, params.size());
  check_single_read(sql, false);
  return run_execute(sql, params);
}

std::vector<Row> Connection::query(std::string_view sql, Params params) {
  return query(sql, params, limits_.max_rows);
}

std::vector<Row> Connection::query(std::string_view sql, Params params, std::size_t max_rows) {
  check_limits(sql, params.size());
  check_single_read(sql, true);
  max_rows = std::min(max_rows, limits_.max_rows);
  std::vector<Row> rows = run_query(sql, params, max_rows);
  if (rows.size() > max_rows) {
    throw_statement_error(sql, "returned more than " + std::to_string(max_rows) +
                                   " rows (the limit); page the query with LIMIT");
  }
  return rows;
}

std::optional<Row> Connection::query_one(std::string_view sql, Params params) {
  check_limits(sql, params.size());
  check_single_read(sql, true);
  std::vector<Row> rows = run_query(sql, params, 1);
  if (rows.size() > 1)
    throw_statement_error(sql, "returned more than one row; expected at most one");
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

void Connection::execute_script(std::string_view sql) {
  check_limits(sql, 0);
  check_single_read(sql, false);
  run_script(sql);
}

}  // namespace cairn::store
