#include "store/postgres_sql_scanner.h"

#include <cctype>

#include "store/store_errors.h"

namespace cairn::store {

namespace {

// PostgreSQL identifiers: letters, digits, `_`, `$` after the first character, and any byte of a
// multi-byte UTF-8 character.
bool starts_identifier(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool continues_identifier(char c) {
  return starts_identifier(c) || std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '$';
}

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// The text between two top-level `;` (or the ends of the text).
struct Segment {
  std::size_t begin;
  std::size_t end;
  bool has_code = false;                  // more than blanks and comments
  std::vector<std::size_t> placeholders;  // offsets of its `?` in the whole text
};

class Scanner {
 public:
  explicit Scanner(std::string_view sql) : sql_(sql) {}

  std::vector<Segment> segments() {
    std::vector<Segment> segments{Segment{0, 0, false, {}}};
    while (at_ < sql_.size()) {
      Segment& current = segments.back();
      const char c = sql_[at_];
      if (c == ';') {
        current.end = at_++;
        segments.push_back(Segment{at_, 0, false, {}});
      } else if (is_space(c)) {
        ++at_;
      } else if (c == '-' && peek(1) == '-') {
        skip_line_comment();
      } else if (c == '/' && peek(1) == '*') {
        skip_block_comment();
      } else {
        current.has_code = true;
        scan_code(current);
      }
    }
    segments.back().end = sql_.size();
    return segments;
  }

 private:
  char peek(std::size_t ahead) const {
    return at_ + ahead < sql_.size() ? sql_[at_ + ahead] : '\0';
  }
  char previous() const { return at_ > 0 ? sql_[at_ - 1] : '\0'; }

  [[noreturn]] void fail(const std::string& problem) const { throw_statement_error(sql_, problem); }

  void refuse_placeholder(std::size_t length) const {
    fail("uses the placeholder " + std::string(sql_.substr(at_, length)) +
         "; write ? placeholders only");
  }

  // One token that is neither blank, a comment nor `;`.
  void scan_code(Segment& segment) {
    const char c = sql_[at_];
    if (c == '\'') {
      // E'...' (either case), where the E is not the end of a longer identifier.
      const bool backslash_escapes = (previous() == 'E' || previous() == 'e') &&
                                     (at_ < 2 || !continues_identifier(sql_[at_ - 2]));
      skip_quoted('\'', backslash_escapes, "a string literal");
    } else if (c == '"') {
      skip_quoted('"', false, "a quoted identifier");
    } else if (c == '$' && !continues_identifier(previous())) {
      scan_dollar();
    } else if (c == '?') {
      if (is_digit(peek(1))) refuse_placeholder(length_while(1, is_digit));
      segment.placeholders.push_back(at_++);
    } else if ((c == ':' && previous() != ':') || c == '@') {
      if (starts_identifier(peek(1))) refuse_placeholder(length_while(1, continues_identifier));
      ++at_;
    } else if (continues_identifier(c)) {
      // A whole word at once, so that a `$` inside it is not read as a dollar quote.
      at_ += length_while(0, continues_identifier);
    } else {
      ++at_;
    }
  }

  // The length of the run from at_ + from on whose characters satisfy `test`, plus `from`.
  std::size_t length_while(std::size_t from, bool (*test)(char)) const {
    std::size_t length = from;
    while (at_ + length < sql_.size() && test(sql_[at_ + length])) ++length;
    return length;
  }

  void skip_quoted(char quote, bool backslash_escapes, const char* what) {
    for (++at_; at_ < sql_.size(); ++at_) {
      const char c = sql_[at_];
      if (backslash_escapes && c == '\\') {
        ++at_;
      } else if (c == quote) {
        if (peek(1) != quote) {
          ++at_;
          return;
        }
        ++at_;  // a doubled quote stands for itself
      }
    }
    fail(std::string("leaves ") + what + " open");
  }

  // At a `$` that does not continue an identifier: $1 (refused), $tag$...$tag$, or $name (refused).
  void scan_dollar() {
    if (is_digit(peek(1))) refuse_placeholder(length_while(1, is_digit));
    std::size_t tag_length = 1;
    if (starts_identifier(peek(1))) {
      tag_length = length_while(1, [](char c) { return continues_identifier(c) && c != '$'; });
    }
    if (peek(tag_length) != '$') refuse_placeholder(tag_length);
    const std::string_view tag = sql_.substr(at_, tag_length + 1);
    const std::size_t close = sql_.find(tag, at_ + tag.size());
    if (close == std::string_view::npos) fail("leaves a dollar-quoted string open");
    at_ = close + tag.size();
  }

  void skip_line_comment() {
    const std::size_t newline = sql_.find('\n', at_);
    at_ = newline == std::string_view::npos ? sql_.size() : newline + 1;
  }

  void skip_block_comment() {
    std::size_t depth = 0;
    while (at_ < sql_.size()) {
      if (sql_[at_] == '/' && peek(1) == '*') {
        ++depth;
        at_ += 2;
      } else if (sql_[at_] == '*' && peek(1) == '/') {
        at_ += 2;
        if (--depth == 0) return;
      } else {
        ++at_;
      }
    }
    fail("leaves a /* comment open");
  }

  std::string_view sql_;
  std::size_t at_ = 0;
};

}  // namespace

PostgresStatement rewrite_placeholders(std::string_view sql) {
  const std::vector<Segment> segments = Scanner(sql).segments();
  const Segment* statement = nullptr;
  for (const Segment& segment : segments) {
    if (!segment.has_code) continue;
    if (statement != nullptr) {
      throw_statement_error(sql, "holds more than one statement; run one per call");
    }
    statement = &segment;
  }
  if (statement == nullptr) throw_statement_error(sql, "holds no statement");

  PostgresStatement rewritten{{}, statement->placeholders.size()};
  rewritten.text.reserve(statement->end - statement->begin + 3 * rewritten.placeholder_count);
  std::size_t copied = statement->begin;
  std::size_t number = 0;
  for (const std::size_t placeholder : statement->placeholders) {
    rewritten.text.append(sql.substr(copied, placeholder - copied));
    rewritten.text += '$';
    rewritten.text += std::to_string(++number);
    copied = placeholder + 1;
  }
  rewritten.text.append(sql.substr(copied, statement->end - copied));
  return rewritten;
}

std::vector<std::string_view> split_script(std::string_view script) {
  std::vector<std::string_view> statements;
  for (const Segment& segment : Scanner(script).segments()) {
    if (!segment.has_code) continue;
    const std::string_view statement = script.substr(segment.begin, segment.end - segment.begin);
    if (!segment.placeholders.empty()) {
      throw_statement_error(statement, "has placeholders, but a script takes no parameters");
    }
    statements.push_back(statement);
  }
  return statements;
}

}  // namespace cairn::store
