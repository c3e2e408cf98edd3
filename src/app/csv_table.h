// read_csv_table: RFC 4180 CSV text (comma-separated, fields in double quotes may hold commas,
// newlines and doubled quotes; CRLF or LF line ends; an optional UTF-8 byte order mark) as a
// header row and data rows, for bulk uploads.
//
// Limits: `max_rows` data rows, `max_field_bytes` per field, the header's width per row (a row
// with more or fewer fields is an error naming its line). Blank lines are skipped.
//
// Errors: "invalid request" with the line number and what is wrong (an unclosed quote, a quote
// inside an unquoted field, a control character other than tab, a row of the wrong width, too
// many rows, a field too long, an empty or duplicate header name).
//
// Thread-safety: a free function.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace cairn::app {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> lines;  // the line each row starts on (1-based, the header is line 1)
};

Result<CsvTable> read_csv_table(std::string_view text, std::size_t max_rows,
                                std::size_t max_field_bytes = 4096);

}  // namespace cairn::app
