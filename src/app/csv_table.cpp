#include "app/csv_table.h"

#include <set>

namespace cairn::app {
namespace {

[[noreturn]] void refuse(std::size_t line, const std::string& why) {
  throw Failure("invalid request", "CSV line " + std::to_string(line) + ": " + why);
}

class CsvReader {
 public:
  CsvReader(std::string_view text, std::size_t max_field_bytes)
      : text_(text), max_field_bytes_(max_field_bytes) {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
  }

  bool done() const { return position_ >= text_.size(); }
  std::size_t line() const { return line_; }

  // The next record's fields; an empty vector for a blank line.
  std::vector<std::string> record() {
    std::vector<std::string> fields;
    if (at_line_end()) {
      skip_line_end();
      return fields;
    }
    while (true) {
      fields.push_back(field());
      if (done()) break;
      if (text_[position_] == ',') {
        ++position_;
        continue;
      }
      skip_line_end();
      break;
    }
    return fields;
  }

 private:
  bool at_line_end() const {
    return !done() && (text_[position_] == '\n' || text_[position_] == '\r');
  }

  void skip_line_end() {
    if (!done() && text_[position_] == '\r') ++position_;
    if (!done() && text_[position_] == '\n') ++position_;
    ++line_;
  }

  void append(std::string& field, char c) {
    if (field.size() >= max_field_bytes_) {
      refuse(line_, "a field is longer than " + std::to_string(max_field_bytes_) + " bytes");
    }
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7f) {
      refuse(line_, "a field holds a control character");
    }
    field.push_back(c);
  }

  std::string field() {
    std::string value;
    if (!done() && text_[position_] == '"') {
      ++position_;
      while (true) {
        if (done()) refuse(line_, "a quoted field is not closed");
        const char c = text_[position_++];
        if (c == '"') {
          if (!done() && text_[position_] == '"') {
            ++position_;
            append(value, '"');
            continue;
          }
          break;
        }
        if (c == '\n') ++line_;
        append(value, c);
      }
      if (!done() && text_[position_] != ',' && !at_line_end()) {
        refuse(line_, "text follows a closing quote");
      }
      return value;
    }
    while (!done() && text_[position_] != ',' && !at_line_end()) {
      const char c = text_[position_++];
      if (c == '"') refuse(line_, "a quote inside an unquoted field (quote the whole field)");
      append(value, c);
    }
    return value;
  }

  std::string_view text_;
  std::size_t max_field_bytes_;
  std::size_t position_ = 0;
  std::size_t line_ = 1;
};

CsvTable read(std::string_view text, std::size_t max_rows, std::size_t max_field_bytes) {
  CsvReader reader(text, max_field_bytes);
  CsvTable table;
  while (!reader.done() && table.header.empty()) table.header = reader.record();
  if (table.header.empty()) refuse(1, "there is no header row");
  std::set<std::string> names;
  for (std::string& name : table.header) {
    while (!name.empty() && name.back() == ' ') name.pop_back();
    while (!name.empty() && name.front() == ' ') name.erase(name.begin());
    if (name.empty()) refuse(1, "a header name is empty");
    if (!names.insert(name).second) refuse(1, "the header names \"" + name + "\" twice");
  }
  while (!reader.done()) {
    const std::size_t line = reader.line();
    std::vector<std::string> row = reader.record();
    if (row.empty()) continue;
    if (row.size() != table.header.size()) {
      refuse(line, "the row has " + std::to_string(row.size()) + " fields; the header has " +
                       std::to_string(table.header.size()));
    }
    if (table.rows.size() == max_rows) {
      refuse(line, "an upload holds at most " + std::to_string(max_rows) + " rows");
    }
    table.rows.push_back(std::move(row));
    table.lines.push_back(line);
  }
  return table;
}

}  // namespace

Result<CsvTable> read_csv_table(std::string_view text, std::size_t max_rows,
                                std::size_t max_field_bytes) {
  return capture([&] { return read(text, max_rows, max_field_bytes); });
}

}  // namespace cairn::app
