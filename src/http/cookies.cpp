#include "http/cookies.h"

#include <boost/beast/http/field.hpp>

namespace cairn::http {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<std::string_view> cookie_value(const Request& request, std::string_view name) {
  for (auto header = request.find(boost::beast::http::field::cookie);
       header != request.end() && header->name() == boost::beast::http::field::cookie; ++header) {
    std::string_view rest(header->value().data(), header->value().size());
    while (!rest.empty()) {
      const std::size_t end = rest.find(';');
      const std::string_view pair = trimmed(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      const std::size_t equals = pair.find('=');
      if (equals == std::string_view::npos || trimmed(pair.substr(0, equals)) != name) continue;
      std::string_view value = trimmed(pair.substr(equals + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
      }
      return value;
    }
  }
  return std::nullopt;
}

std::string set_cookie_value(std::string_view name, std::string_view value,
                             const CookieAttributes& attributes) {
  std::string text = std::string(name) + "=" + std::string(value) +
                     "; Path=/; Max-Age=" + std::to_string(attributes.max_age.count());
  if (attributes.http_only) text += "; HttpOnly";
  text += "; SameSite=" + std::string(attributes.same_site);
  if (attributes.secure) text += "; Secure";
  return text;
}

}  // namespace cairn::http
