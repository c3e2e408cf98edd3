#include "app/email_address.h"

#include <algorithm>

namespace cairn::app {

Result<std::string> normalize_email(std::string_view text) {
  const auto invalid = [](const std::string& why) { return Error{"invalid email", why}; };
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return invalid("the e-mail address is empty");
  text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
  std::string email(text);
  std::transform(email.begin(), email.end(), email.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (email.size() > 254) return invalid("an e-mail address has at most 254 characters");
  for (unsigned char c : email) {
    if (c <= 0x20 || c == 0x7f) {
      return invalid("an e-mail address cannot contain spaces or control characters");
    }
  }
  const std::size_t at = email.find('@');
  if (at == std::string::npos || email.find('@', at + 1) != std::string::npos) {
    return invalid("an e-mail address has exactly one '@'");
  }
  if (at == 0 || at > 64) return invalid("the part before '@' must have 1 to 64 characters");
  const std::string_view domain = std::string_view(email).substr(at + 1);
  if (domain.size() < 3 || domain.find('.') == std::string_view::npos || domain.front() == '.' ||
      domain.back() == '.' || domain.find("..") != std::string_view::npos) {
    return invalid("the part after '@' must be a domain name such as example.org");
  }
  return email;
}

}  // namespace cairn::app
