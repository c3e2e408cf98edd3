#include "store/store_errors.h"

#include <cctype>

namespace cairn::store {

namespace {

constexpr std::size_t kSummaryWords = 3;
constexpr std::size_t kSummaryMaxChars = 48;

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string summarize_statement(std::string_view sql) {
  std::string summary;
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < sql.size() && words < kSummaryWords) {
    while (i < sql.size() && is_space(sql[i])) ++i;
    if (i == sql.size()) break;
    std::size_t end = i;
    while (end < sql.size() && !is_space(sql[end])) ++end;
    if (!summary.empty()) summary += ' ';
    summary.append(sql.substr(i, end - i));
    ++words;
    i = end;
  }
  bool more = false;
  while (i < sql.size()) {
    if (!is_space(sql[i++])) {
      more = true;
      break;
    }
  }
  if (summary.size() > kSummaryMaxChars) {
    summary.resize(kSummaryMaxChars);
    more = true;
  }
  if (summary.empty()) return "(empty statement)";
  return more ? summary + " ..." : summary;
}

void throw_statement_error(std::string_view sql, std::string_view detail) {
  throw Failure(std::string(kDatabaseError), summarize_statement(sql) + ": " + std::string(detail));
}

}  // namespace cairn::store
