#include "app/text_field.h"

namespace cairn::app {

Result<std::string> checked_text_field(std::string_view text, std::string_view field,
                                       std::size_t max_bytes, bool multiline) {
  const std::string code = "invalid " + std::string(field);
  if (text.empty() || text.size() > max_bytes) {
    return Error{code,
                 "the " + std::string(field) + " has 1 to " + std::to_string(max_bytes) + " bytes"};
  }
  for (unsigned char c : text) {
    if ((c < 0x20 && !(multiline && (c == '\n' || c == '\t'))) || c == 0x7f) {
      return Error{code, "the " + std::string(field) + " cannot hold control characters"};
    }
  }
  return std::string(text);
}

Result<std::string> checked_url_field(std::string_view text, std::string_view field) {
  Result<std::string> url = checked_text_field(text, field, 2048);
  if (!url) return url;
  const std::size_t host = url->starts_with("https://") ? 8 : url->starts_with("http://") ? 7 : 0;
  if (host == 0 || url->size() == host || url->find(' ') != std::string::npos) {
    return Error{"invalid " + std::string(field),
                 "the " + std::string(field) + " must be an absolute https:// (or http://) URL"};
  }
  return url;
}

}  // namespace cairn::app
