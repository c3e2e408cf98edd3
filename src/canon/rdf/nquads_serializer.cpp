#include "canon/rdf/nquads_serializer.h"

#include <array>
#include <cstdint>
#include <string_view>

#include "canon/rdf/sorted_lines.h"

namespace cairn::canon::rdf {

namespace {

enum class ByteForm : std::uint8_t { kItself, kEchar, kUchar };

constexpr std::array<ByteForm, 256> make_byte_forms() {
  std::array<ByteForm, 256> forms{};
  for (int byte = 0; byte < 0x20; ++byte) forms[byte] = ByteForm::kUchar;
  for (const char c : {'\b', '\t', '\n', '\f', '\r', '"', '\\'}) {
    forms[static_cast<unsigned char>(c)] = ByteForm::kEchar;
  }
  forms[0x7F] = ByteForm::kUchar;
  return forms;
}

constexpr std::array<ByteForm, 256> kByteForms = make_byte_forms();

char echar_letter(char c) {
  switch (c) {
    case '\b':
      return 'b';
    case '\t':
      return 't';
    case '\n':
      return 'n';
    case '\f':
      return 'f';
    case '\r':
      return 'r';
    default:
      return c;  // '"' and '\\' escape as themselves
  }
}

void append_uchar(std::string& out, unsigned value) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  const char escape[] = {'\\',
                         'u',
                         kDigits[(value >> 12) & 0xF],
                         kDigits[(value >> 8) & 0xF],
                         kDigits[(value >> 4) & 0xF],
                         kDigits[value & 0xF]};
  out.append(escape, sizeof escape);
}

// U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML 1.1 Chars, so RDFC-1.0 escapes them.
bool is_noncharacter_fffe_or_ffff(std::string_view text, std::size_t offset) {
  return text.size() - offset >= 3 && static_cast<unsigned char>(text[offset]) == 0xEF &&
         static_cast<unsigned char>(text[offset + 1]) == 0xBF &&
         (static_cast<unsigned char>(text[offset + 2]) & 0xFE) == 0xBE;
}

}  // namespace

void append_escaped_lexical_form(std::string& out, std::string_view lexical_form) {
  std::size_t run_start = 0;  // start of the bytes not yet appended, which need no escape
  for (std::size_t i = 0; i < lexical_form.size(); ++i) {
    const auto byte = static_cast<unsigned char>(lexical_form[i]);
    const ByteForm form = kByteForms[byte];
    if (form == ByteForm::kItself &&
        !(byte == 0xEF && is_noncharacter_fffe_or_ffff(lexical_form, i))) {
      continue;
    }
    out.append(lexical_form.substr(run_start, i - run_start));
    if (form == ByteForm::kEchar) {
      out.push_back('\\');
      out.push_back(echar_letter(lexical_form[i]));
    } else if (form == ByteForm::kUchar) {
      append_uchar(out, byte);
    } else {  // U+FFFE or U+FFFF, whose last byte tells which
      append_uchar(out, 0xFFF0u | (static_cast<unsigned char>(lexical_form[i + 2]) & 0x3Fu));
      i += 2;
    }
    run_start = i + 1;
  }
  out.append(lexical_form.substr(run_start));
}

void append_term(std::string& out, const Term& term) {
  switch (term.kind) {
    case TermKind::kIri:
      out.push_back('<');
      out.append(term.value);
      out.push_back('>');
      return;
    case TermKind::kBlankNode:
      out.append("_:");
      out.append(term.value);
      return;
    case TermKind::kLiteral:
      out.push_back('"');
      append_escaped_lexical_form(out, term.value);
      out.push_back('"');
      if (!term.language.empty()) {
        out.push_back('@');
        out.append(term.language);
      } else if (term.datatype != kXsdString) {
        out.append("^^<");
        out.append(term.datatype);
        out.push_back('>');
      }
      return;
    case TermKind::kDefaultGraph:
      return;
  }
}

void append_nquad_line(std::string& out, const Quad& quad) {
  append_term(out, quad.subject);
  out.push_back(' ');
  append_term(out, quad.predicate);
  out.push_back(' ');
  append_term(out, quad.object);
  out.push_back(' ');
  if (quad.graph.kind != TermKind::kDefaultGraph) {
    append_term(out, quad.graph);
    out.push_back(' ');
  }
  out.append(".\n");
}

std::string to_nquad_line(const Quad& quad) {
  std::string line;
  append_nquad_line(line, quad);
  return line;
}

std::string to_nquads(const Dataset& dataset) {
  SortedLines lines;
  for (const Quad& quad : dataset) {
    append_nquad_line(lines.text(), quad);
    lines.end_line();
  }
  std::string document;
  lines.append_sorted(document, SortedLines::Duplicates::kDrop);
  return document;
}

}  // namespace cairn::canon::rdf
