#include "did/parse_did.h"

#include <string>

namespace cairn::did {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

Error invalid_did(std::string_view did, const std::string& what) {
  return Error{"invalid DID", "\"" + std::string(did.substr(0, 200)) + "\": " + what};
}

}  // namespace

Result<ParsedDid> parse_did(std::string_view did) {
  if (did.size() > kMaxDidBytes) {
    return invalid_did(did, "longer than " + std::to_string(kMaxDidBytes) + " bytes");
  }
  constexpr std::string_view kScheme = "did:";
  if (!did.starts_with(kScheme)) return invalid_did(did, "does not start with \"did:\"");
  const std::string_view rest = did.substr(kScheme.size());
  const std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return invalid_did(did, "has no method-specific identifier");
  const std::string_view method = rest.substr(0, colon);
  if (method.empty()) return invalid_did(did, "has an empty method name");
  for (char c : method) {
    if (!(c >= 'a' && c <= 'z') && !is_digit(c)) {
      return invalid_did(did, "the method name may hold only lower-case letters and digits");
    }
  }
  const std::string_view id = rest.substr(colon + 1);
  if (id.empty() || id.back() == ':') {
    return invalid_did(did, "the method-specific identifier is empty or ends with ':'");
  }
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    if (c == '%') {
      if (i + 2 >= id.size() || !is_hex_digit(id[i + 1]) || !is_hex_digit(id[i + 2])) {
        return invalid_did(
            did, "'%' at offset " + std::to_string(i) + " is not followed by two hex digits");
      }
      i += 2;
    } else if (!is_alpha(c) && !is_digit(c) && c != '.' && c != '-' && c != '_' && c != ':') {
      return invalid_did(did, "character '" + std::string(1, c) + "' at offset " +
                                  std::to_string(i) +
                                  " of the method-specific identifier is not allowed");
    }
  }
  return ParsedDid{method, id};
}

}  // namespace cairn::did
