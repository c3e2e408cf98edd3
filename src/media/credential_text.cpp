#include "media/credential_text.h"

#include <algorithm>
#include <string>

#include "canon/json/utf8.h"
#include "common/result.h"
#include "media/media_errors.h"

namespace cairn::media {
namespace {

[[noreturn]] void fail_invalid_credential(const std::string& message) {
  throw Failure(std::string(error_code::kInvalidCredential), message);
}

bool is_base64url(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

bool is_compact_jws(std::string_view text) {
  std::size_t segments = 0;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = std::min(text.find('.', begin), text.size());
    const std::string_view segment = text.substr(begin, end - begin);
    if (segment.empty() || !std::all_of(segment.begin(), segment.end(), is_base64url)) {
      return false;
    }
    ++segments;
    if (end == text.size()) return segments == 3;
    begin = end + 1;
  }
}

}  // namespace

CredentialEncoding check_credential_to_bake(std::string_view text, const ImageLimits& limits) {
  if (text.size() > limits.max_credential_bytes) {
    throw Failure(std::string(error_code::kLimitExceeded),
                  "credential is " + std::to_string(text.size()) +
                      " bytes, more than the limit of " +
                      std::to_string(limits.max_credential_bytes));
  }
  if (const auto bad = canon::json::find_invalid_utf8(text)) {
    fail_invalid_credential("credential is not well-formed UTF-8 at byte " + std::to_string(*bad));
  }
  // JSON and JWTs never hold raw control characters; a PNG text chunk cannot hold NUL, nor XML
  // the others.
  const auto control = std::find_if(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
  });
  if (control != text.end()) {
    fail_invalid_credential("credential contains the control character " +
                            std::to_string(static_cast<int>(*control)) + " at byte " +
                            std::to_string(control - text.begin()));
  }
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') return CredentialEncoding::kJson;
  if (is_compact_jws(text)) return CredentialEncoding::kCompactJwt;
  fail_invalid_credential(
      "credential is neither a JSON object nor a compact JWT (three base64url parts)");
}

}  // namespace cairn::media
