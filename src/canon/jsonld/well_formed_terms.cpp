#include "canon/jsonld/well_formed_terms.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cairn::canon::jsonld {
namespace {

constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

// ---- IRIs (RFC 3987 section 2.2) ----

// Decodes the UTF-8 sequence at text[pos] and advances pos; nullopt for ill-formed UTF-8
// (overlong forms, surrogates and values past U+10FFFF included).
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t length;
  char32_t value;
  char32_t minimum;
  if (lead < 0x80) {
    ++pos;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    return std::nullopt;
  }
  if (text.size() - pos < length) return std::nullopt;
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[pos + i]);
    if ((next & 0xC0) != 0x80) return std::nullopt;
    value = (value << 6) | (next & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return std::nullopt;
  }
  pos += length;
  return value;
}

bool is_ucschar(char32_t c) {
  if (c >= 0xA0 && c <= 0xD7FF) return true;
  if (c >= 0xF900 && c <= 0xFDCF) return true;
  if (c >= 0xFDF0 && c <= 0xFFEF) return true;
  if (c >= 0xE1000 && c <= 0xEFFFD) return true;
  // %x10000-1FFFD / %x20000-2FFFD / ... / %xD0000-DFFFD: every plane but its last two code points.
  return c >= 0x10000 && c <= 0xDFFFD && (c & 0xFFFF) <= 0xFFFD;
}

bool is_iprivate(char32_t c) {
  return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) ||
         (c >= 0x100000 && c <= 0x10FFFD);
}

constexpr std::string_view kSubDelims = "!$&'()*+,;=";

// The ASCII characters a component allows as themselves: iunreserved's ASCII part, sub-delims
// and `extra`. A table, since every character of every IRI toRdf writes is looked up.
using AsciiSet = std::array<bool, 128>;
constexpr AsciiSet allowed_ascii(std::string_view extra) {
  AsciiSet allowed{};
  for (std::size_t i = 0; i < allowed.size(); ++i) {
    const char c = static_cast<char>(i);
    allowed[i] = is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' ||
                 kSubDelims.find(c) != std::string_view::npos ||
                 extra.find(c) != std::string_view::npos;
  }
  return allowed;
}

// Which characters a component allows besides pct-encoded and ucschar.
struct Component {
  AsciiSet ascii;
  bool allows_iprivate = false;
};

constexpr Component kUserinfo{allowed_ascii(":")};
constexpr Component kRegName{allowed_ascii("")};
constexpr Component kPath{allowed_ascii(":@/")};
constexpr Component kQuery{allowed_ascii(":@/?"), true};
constexpr Component kFragment{allowed_ascii(":@/?")};

bool matches(std::string_view text, const Component& component) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte == '%') {
      if (text.size() - pos < 3 || !is_hex(text[pos + 1]) || !is_hex(text[pos + 2])) return false;
      pos += 3;
    } else if (byte < 0x80) {
      if (!component.ascii[byte]) return false;
      ++pos;
    } else {
      const auto code_point = next_code_point(text, pos);
      if (!code_point) return false;
      if (!is_ucschar(*code_point) && !(component.allows_iprivate && is_iprivate(*code_point))) {
        return false;
      }
    }
  }
  return true;
}

// IP-literal = "[" ( IPv6address / IPvFuture ) "]", checked for its alphabet rather than every
// IPv6 shape: enough to keep anything that could break a serialization out.
bool is_ip_literal_body(std::string_view body) {
  if (!body.empty() && (body[0] == 'v' || body[0] == 'V')) {
    const std::size_t dot = body.find('.');
    if (dot == std::string_view::npos || dot < 2 || dot + 1 == body.size()) return false;
    if (!std::all_of(body.begin() + 1, body.begin() + dot, is_hex)) return false;
    return std::all_of(body.begin() + dot + 1, body.end(), [](char c) {
      return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == ':' ||
             kSubDelims.find(c) != std::string_view::npos;
    });
  }
  return body.find(':') != std::string_view::npos &&
         std::all_of(body.begin(), body.end(),
                     [](char c) { return is_hex(c) || c == ':' || c == '.'; });
}

bool is_authority(std::string_view authority) {
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    if (!matches(authority.substr(0, at), kUserinfo)) return false;
    authority.remove_prefix(at + 1);
  }
  std::string_view port;
  if (!authority.empty() && authority[0] == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos || !is_ip_literal_body(authority.substr(1, close - 1))) {
      return false;
    }
    std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after[0] != ':') return false;
      port = after.substr(1);
    }
  } else {
    const std::size_t colon = authority.find(':');
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
    if (!matches(authority.substr(0, colon), kRegName)) return false;
  }
  return std::all_of(port.begin(), port.end(), is_digit);
}

// ---- language tags (BCP 47 section 2.1) ----

constexpr std::array<std::string_view, 17> kIrregularGrandfathered = {
    "en-gb-oed", "i-ami", "i-bnn",     "i-default", "i-enochian", "i-hak",
    "i-klingon", "i-lux", "i-mingo",   "i-navajo",  "i-pwn",      "i-tao",
    "i-tay",     "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de"};

bool all_alpha(std::string_view s) { return std::all_of(s.begin(), s.end(), is_alpha); }
bool all_digit(std::string_view s) { return std::all_of(s.begin(), s.end(), is_digit); }
bool is_x(std::string_view s) { return s == "x" || s == "X"; }

bool is_langtag(const std::vector<std::string_view>& subtags) {
  std::size_t i = 0;
  const std::size_t n = subtags.size();
  const auto at = [&](std::size_t k) { return subtags[k]; };
  // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
  if (at(0).size() < 2 || !all_alpha(at(0))) return false;
  const bool short_language = at(0).size() <= 3;
  ++i;
  if (short_language) {  // extlang = 3ALPHA *2("-" 3ALPHA)
    for (int extlangs = 0; extlangs < 3 && i < n && at(i).size() == 3 && all_alpha(at(i));
         ++extlangs) {
      ++i;
    }
  }
  if (i < n && at(i).size() == 4 && all_alpha(at(i))) ++i;  // script
  if (i < n &&
      ((at(i).size() == 2 && all_alpha(at(i))) || (at(i).size() == 3 && all_digit(at(i))))) {
    ++i;  // region
  }
  while (i < n && (at(i).size() >= 5 || (at(i).size() == 4 && is_digit(at(i)[0])))) ++i;  // variant
  while (i < n && at(i).size() == 1 && !is_x(at(i))) {  // extension = singleton 1*("-" 2*8alnum)
    ++i;
    const std::size_t first = i;
    while (i < n && at(i).size() >= 2) ++i;
    if (i == first) return false;
  }
  if (i < n && is_x(at(i))) return n - i >= 2;  // privateuse = "x" 1*("-" (1*8alphanum))
  return i == n;
}

}  // namespace

bool is_well_formed_iri(std::string_view iri) {
  const std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0 || !is_alpha(iri[0])) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    const char c = iri[i];
    if (!is_alnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  std::string_view rest = iri.substr(colon + 1);
  if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    if (!matches(rest.substr(hash + 1), kFragment)) return false;
    rest = rest.substr(0, hash);
  }
  if (const std::size_t question = rest.find('?'); question != std::string_view::npos) {
    if (!matches(rest.substr(question + 1), kQuery)) return false;
    rest = rest.substr(0, question);
  }
  if (rest.starts_with("//")) {
    rest.remove_prefix(2);
    const std::size_t slash = rest.find('/');
    if (!is_authority(rest.substr(0, slash))) return false;
    rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
  }
  return matches(rest, kPath);
}

bool is_well_formed_language_tag(std::string_view tag) {
  std::string lower(tag);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (std::find(kIrregularGrandfathered.begin(), kIrregularGrandfathered.end(), lower) !=
      kIrregularGrandfathered.end()) {
    return true;
  }
  std::vector<std::string_view> subtags;
  std::size_t start = 0;
  while (true) {
    const std::size_t dash = tag.find('-', start);
    const std::string_view subtag = tag.substr(start, dash - start);
    if (subtag.empty() || subtag.size() > 8 ||
        !std::all_of(subtag.begin(), subtag.end(), is_alnum)) {
      return false;
    }
    subtags.push_back(subtag);
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  if (is_x(subtags[0])) return subtags.size() >= 2;  // privateuse
  return is_langtag(subtags);
}

}  // namespace cairn::canon::jsonld
