#include "canon/jcs/jcs_string.h"

namespace cairn::canon::jcs {

namespace {

bool needs_escape(unsigned char byte) { return byte < 0x20 || byte == '"' || byte == '\\'; }

void append_escape(std::string& out, unsigned char byte) {
  switch (byte) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\r':
      out += "\\r";
      return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
}

}  // namespace

void append_jcs_string(std::string& out, std::string_view utf8) {
  out += '"';
  std::size_t run_start = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (!needs_escape(byte)) continue;
    out.append(utf8, run_start, i - run_start);
    append_escape(out, byte);
    run_start = i + 1;
  }
  out.append(utf8, run_start, utf8.size() - run_start);
  out += '"';
}

}  // namespace cairn::canon::jcs
