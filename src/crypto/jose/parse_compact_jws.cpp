#include <algorithm>
#include <string>

#include "crypto/base64url.h"
#include "crypto/jose/jws.h"

namespace cairn::crypto::jose {
namespace {

// The longest signature of a supported key: RSA at JwkLimits::max_rsa_bits (16384 bits).
constexpr std::size_t kMaxSignatureBytes = 2048;

Failure invalid_jws(const std::string& message) { return Failure("invalid jws", message); }

std::string decoded_part(std::string_view part, const char* name, std::size_t max_bytes) {
  auto bytes = decode_base64url(part, max_bytes);
  if (!bytes.ok()) {
    throw invalid_jws(std::string(name) + " is not unpadded base64url of at most " +
                      std::to_string(max_bytes) + " bytes");
  }
  return std::string(bytes->begin(), bytes->end());
}

boost::json::object header_of(const std::string& text, const JwsLimits& limits) {
  auto header = canon::json::parse_json(text, limits.header_json);
  if (!header.ok()) {
    throw Failure(header.error().code == "limit exceeded" ? "limit exceeded" : "invalid jws",
                  "protected header: " + header.error().message);
  }
  if (!header->is_object()) throw invalid_jws("the protected header is not a JSON object");
  return std::move(header->as_object());
}

ParsedJws parse_or_throw(std::string_view token, const JwsLimits& limits) {
  if (token.size() > limits.max_token_bytes) {
    throw Failure("limit exceeded", "the token has " + std::to_string(token.size()) +
                                        " bytes; the limit is " +
                                        std::to_string(limits.max_token_bytes));
  }
  if (std::count(token.begin(), token.end(), '.') != 2) {
    throw invalid_jws("a compact JWS has three parts separated by two dots");
  }
  const auto first_dot = token.find('.');
  const auto second_dot = token.find('.', first_dot + 1);
  ParsedJws jws;
  jws.signing_input = std::string(token.substr(0, second_dot));
  jws.header = header_of(
      decoded_part(token.substr(0, first_dot), "the header", limits.max_header_bytes), limits);
  const auto* alg = jws.header.if_contains("alg");
  if (alg == nullptr || !alg->is_string()) {
    throw invalid_jws("the protected header has no string \"alg\"");
  }
  auto algorithm = jws_algorithm_of(alg->as_string());
  if (!algorithm.ok()) throw Failure(algorithm.error().code, algorithm.error().message);
  jws.algorithm = *algorithm;
  if (jws.header.contains("crit")) {
    throw invalid_jws("the header has \"crit\"; no critical extension is understood here");
  }
  if (const auto* b64 = jws.header.if_contains("b64"); b64 && !(b64->is_bool() && b64->as_bool())) {
    throw invalid_jws("unencoded payloads (\"b64\" false, RFC 7797) are not supported");
  }
  jws.payload = decoded_part(token.substr(first_dot + 1, second_dot - first_dot - 1), "the payload",
                             limits.max_token_bytes);
  const auto signature = token.substr(second_dot + 1);
  if (signature.empty()) throw invalid_jws("the signature is empty");
  const std::string signature_bytes = decoded_part(signature, "the signature", kMaxSignatureBytes);
  jws.signature.assign(signature_bytes.begin(), signature_bytes.end());
  return jws;
}

}  // namespace

Result<ParsedJws> parse_compact_jws(std::string_view token, const JwsLimits& limits) {
  return capture([&] { return parse_or_throw(token, limits); });
}

}  // namespace cairn::crypto::jose
