#include <boost/json/serialize.hpp>

#include "crypto/base64url.h"
#include "crypto/jose/jws.h"

namespace cairn::crypto::jose {

Result<std::string> sign_compact_jws(const boost::json::object& header, std::string_view payload,
                                     const JwsSigningKey& key) {
  for (const auto name : {"crit", "b64"}) {
    if (header.contains(name)) {
      return Error{"invalid jws header",
                   "\"" + std::string(name) + "\" is not supported; parse_compact_jws refuses it"};
    }
  }
  boost::json::object protected_header;
  protected_header["alg"] = jws_algorithm_name(key.algorithm());
  for (const auto& member : header) {
    if (member.key() != "alg") protected_header[member.key()] = member.value();
  }
  const std::string header_text = boost::json::serialize(protected_header);
  const auto as_bytes = [](std::string_view text) {
    return std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
  };
  std::string token = encode_base64url(as_bytes(header_text));
  token += '.';
  token += encode_base64url(as_bytes(payload));
  auto signature = key.sign(token);
  if (!signature.ok()) return signature.error();
  token += '.';
  token += encode_base64url(*signature);
  return token;
}

}  // namespace cairn::crypto::jose
