#include "canon/rdf/nquads_parser.h"

#include <array>
#include <string>
#include <utility>

#include "canon/rdf/utf8.h"

namespace cairn::canon::rdf {

namespace {

constexpr const char* kInvalidNQuads = "invalid N-Quads";
constexpr const char* kLimitExceeded = "limit exceeded";

bool is_pn_chars_base(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// PN_CHARS_U of N-Triples, which (unlike Turtle's) includes ':'.
bool is_pn_chars_u(char32_t c) { return is_pn_chars_base(c) || c == '_' || c == ':'; }

bool is_pn_chars(char32_t c) {
  return is_pn_chars_u(c) || c == '-' || is_digit(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x203F && c <= 0x2040);
}

// The characters IRIREF admits unescaped. Escapes must produce one of them too: an IRI holding a
// space or a '>' is no IRI, and could not be written back in canonical N-Quads.
constexpr bool is_iri_char(char32_t c) {
  if (c <= 0x20) return false;
  switch (c) {
    case '<':
    case '>':
    case '"':
    case '{':
    case '}':
    case '|':
    case '^':
    case '`':
    case '\\':
      return false;
    default:
      return true;
  }
}

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool is_ascii_alnum(char c) { return is_ascii_letter(c) || (c >= '0' && c <= '9'); }

// RFC 3987: an absolute IRI starts with scheme ":", scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" /
// "." ).
bool has_scheme(std::string_view iri) {
  if (iri.empty() || !is_ascii_letter(iri[0])) return false;
  for (std::size_t i = 1; i < iri.size(); ++i) {
    const char c = iri[i];
    if (c == ':') return true;
    if (!is_ascii_alnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

// Which bytes a loop may copy as they are, 256 flags.
using ByteSet = std::array<bool, 256>;

// The ASCII characters an IRIREF holds unescaped.
constexpr ByteSet kPlainIriBytes = [] {
  ByteSet plain{};
  for (char32_t c = 0; c < 0x80; ++c) plain[c] = is_iri_char(c);
  return plain;
}();

// The ASCII characters a STRING_LITERAL_QUOTE holds unescaped.
constexpr ByteSet kPlainStringBytes = [] {
  ByteSet plain{};
  for (int c = 0; c < 0x80; ++c) plain[c] = c != '"' && c != '\\' && c != '\n' && c != '\r';
  return plain;
}();

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string describe_code_point(char32_t c) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string text = "U+";
  const int digits = c > 0xFFFF ? 6 : 4;
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
    text.push_back(kDigits[(c >> shift) & 0xF]);
  }
  return text;
}

// Reads one document; throws Failure on the first error.
class NQuadsReader {
 public:
  NQuadsReader(std::string_view text, const NQuadsLimits& limits) : text_(text), limits_(limits) {}

  Dataset read() {
    if (text_.size() > limits_.max_bytes) {
      throw Failure(kLimitExceeded, "the N-Quads document has " + std::to_string(text_.size()) +
                                        " bytes, more than the limit of " +
                                        std::to_string(limits_.max_bytes));
    }
    Dataset quads;
    while (true) {
      skip_blanks();
      if (!at_end() && !at_line_end()) {
        if (quads.size() == limits_.max_quads) {
          fail_limit("the document has more than " + std::to_string(limits_.max_quads) + " quads");
        }
        quads.push_back(read_statement());
        skip_blanks();
      }
      if (!at_end() && peek() == '#') skip_comment();
      if (at_end()) break;
      if (!at_line_end()) fail("expected the end of the line after the statement's '.'");
      consume_line_end();
    }
    return quads;
  }

 private:
  bool at_end() const { return position_ == text_.size(); }
  char peek() const { return text_[position_]; }
  bool peek_is(char c) const { return !at_end() && peek() == c; }
  bool at_line_end() const { return peek() == '\n' || peek() == '\r' || peek() == '#'; }

  [[noreturn]] void fail(const std::string& what) const {
    throw Failure(kInvalidNQuads, "line " + std::to_string(line_) + ", column " +
                                      std::to_string(position_ - line_start_ + 1) + ": " + what);
  }

  [[noreturn]] void fail_limit(const std::string& what) const {
    throw Failure(kLimitExceeded, "line " + std::to_string(line_) + ": " + what);
  }

  void skip_blanks() {
    while (!at_end() && (peek() == ' ' || peek() == '\t')) ++position_;
  }

  void consume_line_end() {
    if (peek() == '\r' && position_ + 1 < text_.size() && text_[position_ + 1] == '\n') ++position_;
    ++position_;
    ++line_;
    line_start_ = position_;
  }

  void skip_comment() {
    while (!at_end() && peek() != '\n' && peek() != '\r') {
      if (static_cast<unsigned char>(peek()) < 0x80) {
        ++position_;
      } else {
        position_ += decode_or_fail().length;
      }
    }
  }

  DecodedCodePoint decode_or_fail() const {
    const DecodedCodePoint decoded = decode_utf8(text_, position_);
    if (decoded.length == 0) fail("the text is not well-formed UTF-8");
    return decoded;
  }

  void expect(char c, const char* what) {
    if (!peek_is(c)) fail(std::string("expected ") + what);
    ++position_;
  }

  Quad read_statement() {
    Quad quad;
    quad.subject = read_node("the subject: an IRI or a blank node");
    skip_blanks();
    if (!peek_is('<')) fail("expected the predicate: an IRI");
    quad.predicate = Term::iri(read_iri());
    skip_blanks();
    if (peek_is('"')) {
      quad.object = read_literal();
    } else {
      quad.object = read_node("the object: an IRI, a blank node or a literal");
    }
    skip_blanks();
    if (peek_is('<') || peek_is('_')) quad.graph = read_node("the graph label");
    skip_blanks();
    expect('.', "'.' to end the statement");
    return quad;
  }

  Term read_node(const char* what) {
    if (peek_is('<')) return Term::iri(read_iri());
    if (peek_is('_')) return Term::blank(read_blank_node_label());
    fail(std::string("expected ") + what);
  }

  void check_term_size(const std::string& value, const char* what) const {
    if (value.size() > limits_.max_term_bytes) {
      fail_limit(std::string(what) + " has more than " + std::to_string(limits_.max_term_bytes) +
                 " bytes");
    }
  }

  // At '<'; returns the IRI with its escapes decoded.
  std::string read_iri() {
    ++position_;
    std::string iri;
    while (true) {
      append_run(iri, kPlainIriBytes);
      if (at_end()) fail("the IRI has no closing '>'");
      const char c = peek();
      if (c == '>') break;
      if (c == '\\') {
        const char32_t escaped = read_iri_escape();
        if (!is_iri_char(escaped)) {
          fail("the escape encodes " + describe_code_point(escaped) + ", which an IRI cannot hold");
        }
        append_utf8(iri, escaped);
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        append_code_point(iri);
      } else if (c == '\n' || c == '\r') {
        fail("the IRI has no closing '>'");
      } else {
        fail("an IRI cannot hold " + describe_code_point(static_cast<unsigned char>(c)) +
             "; write it %-encoded");
      }
    }
    ++position_;
    if (!has_scheme(iri)) fail("<" + iri + "> is a relative IRI; N-Quads needs absolute IRIs");
    check_term_size(iri, "an IRI");
    return iri;
  }

  // Appends the bytes from the current position on that `plain` marks, and moves past them.
  void append_run(std::string& out, const ByteSet& plain) {
    const std::size_t start = position_;
    while (!at_end() && plain[static_cast<unsigned char>(peek())]) ++position_;
    out.append(text_.substr(start, position_ - start));
  }

  // Appends the (well-formed) UTF-8 sequence at the current position and moves past it.
  void append_code_point(std::string& out) {
    const DecodedCodePoint decoded = decode_or_fail();
    out.append(text_.substr(position_, decoded.length));
    position_ += decoded.length;
  }

  // At '\' inside an IRI, which admits only UCHAR; returns the code point it encodes.
  char32_t read_iri_escape() {
    ++position_;
    if (!peek_is('u') && !peek_is('U')) fail("only \\u and \\U escapes are allowed in an IRI");
    return read_hex_escape();
  }

  // At the 'u' or 'U' of an escape; returns the code point of its 4 or 8 hex digits.
  char32_t read_hex_escape() {
    const std::size_t digits = peek() == 'u' ? 4 : 8;
    ++position_;
    char32_t value = 0;
    for (std::size_t i = 0; i < digits; ++i) {
      const int digit = at_end() ? -1 : hex_value(peek());
      if (digit < 0) fail("expected " + std::to_string(digits) + " hex digits in the escape");
      value = value * 16 + static_cast<char32_t>(digit);
      ++position_;
    }
    if (!is_scalar_value(value)) {
      fail("the escape encodes " + describe_code_point(value) +
           ", which is not a Unicode scalar value");
    }
    return value;
  }

  // At '_'; returns the label without "_:".
  std::string read_blank_node_label() {
    ++position_;
    expect(':', "':' after '_' in a blank node label");
    const std::size_t start = position_;
    std::size_t end_without_dots = position_;
    bool first = true;
    while (!at_end()) {
      const DecodedCodePoint decoded = decode_or_fail();
      const char32_t c = decoded.value;
      const bool allowed = first ? (is_pn_chars_u(c) || is_digit(c)) : (is_pn_chars(c) || c == '.');
      if (!allowed) break;
      position_ += decoded.length;
      if (c != '.') end_without_dots = position_;
      first = false;
    }
    if (first) fail("expected a blank node label after '_:'");
    // A label cannot end with '.': the trailing dots belong to the statement.
    position_ = end_without_dots;
    std::string label(text_.substr(start, position_ - start));
    check_term_size(label, "a blank node label");
    return label;
  }

  // At '"'.
  Term read_literal() {
    ++position_;
    std::string lexical;
    while (true) {
      append_run(lexical, kPlainStringBytes);
      if (at_end()) fail("the literal has no closing '\"'");
      const char c = peek();
      if (c == '"') break;
      if (c == '\n' || c == '\r') fail("the literal has no closing '\"' on its line");
      if (c == '\\') {
        append_string_escape(lexical);
      } else {
        append_code_point(lexical);
      }
    }
    ++position_;
    check_term_size(lexical, "a literal");
    skip_blanks();
    if (peek_is('@')) {
      std::string language = read_language_tag();
      return Term::literal(std::move(lexical), kRdfLangString, std::move(language));
    }
    if (!peek_is('^')) return Term::literal(std::move(lexical));
    ++position_;
    expect('^', "'^^' before the datatype IRI");
    skip_blanks();
    if (!peek_is('<')) fail("expected the datatype IRI after '^^'");
    std::string datatype = read_iri();
    if (datatype == kRdfLangString) {
      fail("a literal of datatype rdf:langString needs a language tag");
    }
    return Term::literal(std::move(lexical), std::move(datatype));
  }

  // At '\' inside a literal: ECHAR or UCHAR.
  void append_string_escape(std::string& out) {
    ++position_;
    if (at_end()) fail("the literal ends in the middle of an escape");
    const char c = peek();
    if (c == 'u' || c == 'U') {
      append_utf8(out, read_hex_escape());
      return;
    }
    char decoded = 0;
    switch (c) {
      case 't':
        decoded = '\t';
        break;
      case 'b':
        decoded = '\b';
        break;
      case 'n':
        decoded = '\n';
        break;
      case 'r':
        decoded = '\r';
        break;
      case 'f':
        decoded = '\f';
        break;
      case '"':
        decoded = '"';
        break;
      case '\'':
        decoded = '\'';
        break;
      case '\\':
        decoded = '\\';
        break;
      default:
        fail("unknown escape in a literal; use one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u \\U");
    }
    out.push_back(decoded);
    ++position_;
  }

  // At '@': LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
  std::string read_language_tag() {
    ++position_;
    const std::size_t start = position_;
    while (!at_end() && is_ascii_letter(peek())) ++position_;
    if (position_ == start) fail("expected a language tag after '@'");
    while (peek_is('-')) {
      ++position_;
      const std::size_t subtag = position_;
      while (!at_end() && is_ascii_alnum(peek())) ++position_;
      if (position_ == subtag) fail("expected letters or digits after '-' in the language tag");
    }
    std::string language(text_.substr(start, position_ - start));
    check_term_size(language, "a language tag");
    return language;
  }

  std::string_view text_;
  const NQuadsLimits& limits_;
  std::size_t position_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
};

}  // namespace

Result<Dataset> parse_nquads(std::string_view text, const NQuadsLimits& limits) {
  return capture([&] { return NQuadsReader(text, limits).read(); });
}

}  // namespace cairn::canon::rdf
