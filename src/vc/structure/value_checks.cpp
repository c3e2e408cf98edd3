#include "vc/structure/value_checks.h"

#include <chrono>

namespace cairn::vc::structure {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_base64url(char c) { return is_alpha(c) || is_digit(c) || c == '-' || c == '_'; }

bool all_base64url(std::string_view segment) {
  for (char c : segment) {
    if (!is_base64url(c)) return false;
  }
  return true;
}

// `text` is `prefix` + "context" + optional "-M.D.D" (M = `major`) + ".json".
bool is_versioned_context(std::string_view text, std::string_view prefix, char major) {
  if (!text.starts_with(prefix)) return false;
  text.remove_prefix(prefix.size());
  if (text == "context.json") return true;
  // "context-3.0.3.json"
  return text.size() == 18 && text.starts_with("context-") && text[8] == major && text[9] == '.' &&
         is_digit(text[10]) && text[11] == '.' && is_digit(text[12]) && text.substr(13) == ".json";
}

}  // namespace

bool is_uri(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size()) return false;
  if (!is_alpha(text[0])) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    const char c = text[i];
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return false;
  }
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
  }
  return true;
}

bool is_compact_jws(std::string_view text) {
  const std::size_t first = text.find('.');
  if (first == std::string_view::npos) return false;
  const std::size_t second = text.find('.', first + 1);
  if (second == std::string_view::npos) return false;
  const std::string_view header = text.substr(0, first);
  const std::string_view payload = text.substr(first + 1, second - first - 1);
  const std::string_view signature = text.substr(second + 1);
  return !header.empty() && !signature.empty() && all_base64url(header) && all_base64url(payload) &&
         all_base64url(signature);
}

bool is_extension_term(std::string_view text) {
  if (!text.starts_with("ext:") || text.size() == 4) return false;
  for (char c : text.substr(4)) {
    if (!is_alpha(c) && !is_digit(c) && c != '.' && c != '-' && c != '_') return false;
  }
  return true;
}

bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (!is_digit(text[i])) return false;
  }
  const auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const std::chrono::year_month_day day{std::chrono::year{number(0, 4)},
                                        std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                        std::chrono::day{static_cast<unsigned>(number(8, 2))}};
  return number(0, 4) >= 1 && day.ok();
}

bool is_ob3_context(std::string_view text) {
  return is_versioned_context(text, "https://purl.imsglobal.org/spec/ob/v3p0/", '3');
}

bool is_clr2_context(std::string_view text) {
  return is_versioned_context(text, "https://purl.imsglobal.org/spec/clr/v2p0/", '2');
}

}  // namespace cairn::vc::structure
